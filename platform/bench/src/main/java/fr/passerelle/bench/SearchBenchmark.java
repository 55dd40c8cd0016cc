package fr.passerelle.bench;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.search.FrenchAnalysis;
import fr.passerelle.search.SearchIndex;
import fr.passerelle.search.SearchService;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * {@code ./passerelle bench search --docs N}: indexes N synthetic documents through the platform's
 * index ({@link SearchIndex#put}, then one commit), then runs the fixed {@link QueryMix} against
 * Passerelle's {@link SearchService}, bare Lucene over the same index ({@link LuceneFloor}) and
 * PostgreSQL full-text search ({@link PostgresFullText}), one query at a time, after warm-up. Prints
 * a table and, last, one JSON line.
 */
public final class SearchBenchmark {

  /** The command line. */
  record Options(int docs, int queries, int pgQueries, int warmup, long seed, Path indexDir, Path synonyms,
      String pgUrl, String pgUser, String pgPassword, boolean postgres) {

    static final String USAGE = """
        Usage : ./passerelle bench search --docs N [options]
          --docs N          documents synthétiques à indexer (obligatoire)
          --queries M       requêtes mesurées par moteur (1000 par défaut, arrondi au mélange entier)
          --pg-queries M    requêtes mesurées pour PostgreSQL (autant que --queries par défaut ; ses
                            requêtes sur des mots fréquents prennent des secondes à 1 000 000 de documents)
          --warmup W        requêtes d'échauffement par moteur (300 par défaut)
          --seed S          graine des documents et de l'ordre des requêtes (42 par défaut)
          --index-dir DIR   dossier de l'index, effacé puis recréé (var/bench/index par défaut)
          --synonyms FILE   fichier des synonymes (content/search/synonyms.txt par défaut)
          --pg-url URL      base PostgreSQL (jdbc:postgresql://localhost:5432/passerelle_bench par défaut),
                            créée si besoin ; --pg-user (postgres), --pg-password (vide)
          --no-postgres     sans PostgreSQL""";

    static Options parse(String... args) {
      Map<String, String> values = new LinkedHashMap<>();
      boolean postgres = true;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--no-postgres")) {
          postgres = false;
          continue;
        }
        String name = arg;
        String value;
        if (arg.startsWith("--") && arg.contains("=")) {
          name = arg.substring(0, arg.indexOf('='));
          value = arg.substring(arg.indexOf('=') + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException(arg + " attend une valeur");
        }
        if (!List.of("--docs", "--queries", "--pg-queries", "--warmup", "--seed", "--index-dir", "--synonyms", "--pg-url",
            "--pg-user", "--pg-password").contains(name)) {
          throw new IllegalArgumentException("option inconnue : " + arg);
        }
        values.put(name, value);
      }
      if (!values.containsKey("--docs")) {
        throw new IllegalArgumentException("--docs est obligatoire");
      }
      int queries = positive(values, "--queries", 1000);
      return new Options(
          positive(values, "--docs", 0),
          queries,
          positive(values, "--pg-queries", queries),
          positive(values, "--warmup", 300),
          Long.parseLong(values.getOrDefault("--seed", "42")),
          Path.of(values.getOrDefault("--index-dir", "var/bench/index")),
          Path.of(values.getOrDefault("--synonyms", "content/search/synonyms.txt")),
          values.getOrDefault("--pg-url", "jdbc:postgresql://localhost:5432/passerelle_bench"),
          values.getOrDefault("--pg-user", "postgres"),
          values.getOrDefault("--pg-password", ""),
          postgres);
    }

    /** A positive integer option, or {@code fallback} when absent; shared by the benchmarks' options. */
    static int positive(Map<String, String> values, String name, int fallback) {
      String raw = values.get(name);
      if (raw == null) {
        return fallback;
      }
      try {
        int value = Integer.parseInt(raw.replace("_", ""));
        if (value >= 1) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(name + " attend un nombre entier positif : " + raw);
    }
  }

  /** The measurements of one engine. */
  record Measured(String engine, Percentiles all, Map<String, Percentiles> byCategory, Map<Integer, Long> totals) {}

  private final Options options;
  private final PrintStream out;

  SearchBenchmark(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new SearchBenchmark(options, out).run();
  }

  void run() throws Exception {
    int n = options.docs();
    SyntheticDocuments documents = new SyntheticDocuments(options.seed());
    List<QueryMix.BenchQuery> mix = QueryMix.queries();
    List<Integer> warmup = sequence(mix.size(), options.warmup(), options.seed() + 1);
    List<Integer> measured = sequence(mix.size(), roundUp(options.queries(), mix.size()), options.seed());
    List<Integer> pgMeasured = sequence(mix.size(), roundUp(options.pgQueries(), mix.size()), options.seed());

    out.printf(Locale.ROOT, "Banc d'essai de la recherche : %s documents, graine %d%n", grouped(n), options.seed());
    out.printf(Locale.ROOT, "Java %s, %d cœurs, tas maximal %s Mo ; %d requêtes différentes, %s mesurées "
            + "et %s d'échauffement par moteur, une à la fois%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(),
        grouped(Runtime.getRuntime().maxMemory() >> 20), mix.size(), grouped(measured.size()),
        grouped(warmup.size()));
    if (options.postgres() && pgMeasured.size() != measured.size()) {
      out.printf(Locale.ROOT, "PostgreSQL : %s requêtes mesurées (--pg-queries)%n", grouped(pgMeasured.size()));
    }

    resetIndexDirectory(options.indexDir());
    List<Measured> results = new ArrayList<>();
    double docsPerSecond;
    PostgresFullText.Load pgLoad = null;
    try (FrenchAnalysis analysis = FrenchAnalysis.withSynonyms(options.synonyms());
        SearchIndex index = SearchIndex.open(options.indexDir(), analysis)) {
      long start = System.nanoTime();
      index(documents, n, index);
      index.commit(n);
      double indexSeconds = (System.nanoTime() - start) / 1e9;
      docsPerSecond = n / indexSeconds;
      start = System.nanoTime();
      index.refresh();
      double refreshSeconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "Indexation (SearchIndex.put puis un commit) : %s documents en %.1f s, "
              + "%s documents/s ; ouverture du lecteur et des facettes %.2f s ; index %s Mo%n",
          grouped(index.size()), indexSeconds, grouped(Math.round(docsPerSecond)), refreshSeconds,
          grouped(directorySize(options.indexDir()) >> 20));

      PostgresFullText postgres = null;
      if (options.postgres()) {
        postgres = PostgresFullText.connect(options.pgUrl(), options.pgUser(), options.pgPassword());
        pgLoad = postgres.load(documents, n, progress("PostgreSQL, chargement", n));
        out.printf(Locale.ROOT, "PostgreSQL (%s) : COPY %.1f s, index GIN et autres %.1f s, table et index %s Mo%n",
            options.pgUrl(), pgLoad.copySeconds(), pgLoad.indexSeconds(), grouped(pgLoad.tableBytes() >> 20));
      }

      List<Contender> contenders = new ArrayList<>();
      contenders.add(new PasserelleSearch(new SearchService(index, analysis, Vocabulary.TYPE_LABELS::get)));
      contenders.add(new LuceneFloor(options.indexDir(), analysis.queryAnalyzer(), true));
      contenders.add(new LuceneFloor(options.indexDir(), analysis.queryAnalyzer(), false));
      if (postgres != null) {
        contenders.add(postgres);
      }
      try {
        for (Contender contender : contenders) {
          System.gc();
          if (contender == postgres) {
            // as many warm-up queries as measured ones at most: the totals pass before already warms it
            List<Integer> pgWarmup = warmup.subList(0, Math.min(warmup.size(), pgMeasured.size()));
            results.add(measure(contender, mix, pgWarmup, pgMeasured));
          } else {
            results.add(measure(contender, mix, warmup, measured));
          }
        }
      } finally {
        for (Contender contender : contenders) {
          contender.close();
        }
      }
    }
    print(mix, results, n);
    Measured passerelle = results.get(0);
    Measured lucene = results.get(1);
    Measured postgres = results.size() > 3 ? results.get(3) : null;
    printTargets(passerelle, lucene, postgres, n);
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("docs", n)
        .add("index_docs_per_s", round(docsPerSecond, 1))
        .add("passerelle_p50_ms", round(passerelle.all().millis(50), 3))
        .add("passerelle_p99_ms", round(passerelle.all().millis(99), 3))
        .add("lucene_p50_ms", round(lucene.all().millis(50), 3))
        .add("lucene_p99_ms", round(lucene.all().millis(99), 3));
    if (postgres != null) {
      json.add("postgres_p50_ms", round(postgres.all().millis(50), 3))
          .add("postgres_p99_ms", round(postgres.all().millis(99), 3));
    } else {
      json.addNull("postgres_p50_ms").addNull("postgres_p99_ms");
    }
    out.println(json.build());
  }

  /** Puts the documents, made by another thread while this one indexes, as the projector would. */
  private void index(SyntheticDocuments documents, int n, SearchIndex index) throws InterruptedException {
    BlockingQueue<SearchDocument> queue = new ArrayBlockingQueue<>(4096);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread producer = new Thread(() -> {
      try {
        for (int i = 0; i < n; i++) {
          queue.put(documents.document(i));
        }
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "bench-documents");
    producer.setDaemon(true);
    producer.start();
    IntConsumer progress = progress("Lucene, indexation", n);
    for (int i = 0; i < n; i++) {
      SearchDocument document = queue.poll(1, TimeUnit.SECONDS);
      if (document == null) {
        if (failure.get() != null) {
          throw new IllegalStateException("génération des documents", failure.get());
        }
        i--;
        continue;
      }
      index.put(document);
      progress.accept(i + 1);
    }
    producer.join();
  }

  private Measured measure(
      Contender contender, List<QueryMix.BenchQuery> mix, List<Integer> warmup, List<Integer> measured)
      throws Exception {
    System.err.printf(Locale.ROOT, "[bench] %s : échauffement…%n", contender.name());
    Map<Integer, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < mix.size(); i++) {
      totals.put(i, contender.run(mix.get(i)));
    }
    for (int q : warmup) {
      contender.run(mix.get(q));
    }
    System.err.printf(Locale.ROOT, "[bench] %s : %d requêtes mesurées…%n", contender.name(), measured.size());
    long[] nanos = new long[measured.size()];
    Map<String, List<Long>> byCategory = new LinkedHashMap<>();
    long started = System.nanoTime();
    for (int i = 0; i < nanos.length; i++) {
      QueryMix.BenchQuery query = mix.get(measured.get(i));
      long start = System.nanoTime();
      contender.run(query);
      nanos[i] = System.nanoTime() - start;
      byCategory.computeIfAbsent(query.category(), c -> new ArrayList<>()).add(nanos[i]);
    }
    System.err.printf(Locale.ROOT, "[bench] %s : %.1f s%n", contender.name(), (System.nanoTime() - started) / 1e9);
    Map<String, Percentiles> categories = new LinkedHashMap<>();
    byCategory.forEach((c, values) -> categories.put(c, new Percentiles(values.stream().mapToLong(Long::longValue).toArray())));
    return new Measured(contender.name(), new Percentiles(nanos), categories, totals);
  }

  private void print(List<QueryMix.BenchQuery> mix, List<Measured> results, int n) {
    out.println();
    out.printf(Locale.ROOT, "Latence par requête, en ms (%s documents)%n", grouped(n));
    out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s %8s %8s%n", "moteur", "mesures", "p50", "p90", "p99", "max", "moyenne");
    for (Measured m : results) {
      Percentiles p = m.all();
      out.printf(Locale.ROOT, "%-22s %8d %8.2f %8.2f %8.2f %8.2f %8.2f%n", m.engine(), p.count(), p.millis(50),
          p.millis(90), p.millis(99), p.maxMillis(), p.meanMillis());
    }
    out.println();
    out.println("Par catégorie de requête, p50 / p99 en ms");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s", "catégorie"));
    results.forEach(m -> header.append(String.format(Locale.ROOT, " %22s", m.engine())));
    out.println(header);
    for (String category : QueryMix.CATEGORIES) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", category));
      for (Measured m : results) {
        Percentiles p = m.byCategory().get(category);
        line.append(String.format(Locale.ROOT, " %22s",
            p == null ? "-" : String.format(Locale.ROOT, "%.2f / %.2f", p.millis(50), p.millis(99))));
      }
      out.println(line);
    }
    out.println();
    out.println("Résultats trouvés par requête (total ; anonyme | membre)");
    StringBuilder names = new StringBuilder(String.format(Locale.ROOT, "%-42s", "requête"));
    results.forEach(m -> names.append(String.format(Locale.ROOT, " %22s", m.engine())));
    out.println(names);
    for (int i = 0; i + 1 < mix.size(); i += 2) {
      QueryMix.BenchQuery q = mix.get(i);
      String label = (q.text().isBlank() ? "(vide)" : q.text())
          + (q.filters().isEmpty() ? "" : " + " + q.filters().size() + " facettes");
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-42s", abbreviate(label, 42)));
      for (Measured m : results) {
        line.append(String.format(Locale.ROOT, " %22s", m.totals().get(i) + " | " + m.totals().get(i + 1)));
      }
      out.println(line);
    }
  }

  private void printTargets(Measured passerelle, Measured lucene, Measured postgres, int n) {
    out.println();
    out.printf(Locale.ROOT, "Objectifs (fixés pour 100 000 documents ; ici %s) :%n", grouped(n));
    double p99 = passerelle.all().millis(99);
    out.printf(Locale.ROOT, "  p99 Passerelle < 20 ms : %.2f ms, %s%n", p99, p99 < 20 ? "atteint" : "MANQUÉ");
    double ratio50 = passerelle.all().millis(50) / lucene.all().millis(50);
    double ratio99 = p99 / lucene.all().millis(99);
    out.printf(Locale.ROOT, "  Passerelle au plus 2 × Lucene : p50 %.2f ×, p99 %.2f ×, %s%n", ratio50, ratio99,
        ratio50 <= 2 && ratio99 <= 2 ? "atteint" : "MANQUÉ");
    if (postgres != null) {
      double faster = postgres.all().millis(50) / passerelle.all().millis(50);
      out.printf(Locale.ROOT, "  Passerelle au moins 5 × plus rapide que PostgreSQL (p50) : %.1f ×, %s%n", faster,
          faster >= 5 ? "atteint" : "MANQUÉ");
    }
  }

  /** {@code count} query indexes: whole passes over the mix, each in its own seeded order. */
  static List<Integer> sequence(int mixSize, int count, long seed) {
    Random random = new Random(seed);
    List<Integer> sequence = new ArrayList<>(count);
    while (sequence.size() < count) {
      List<Integer> pass = new ArrayList<>();
      for (int i = 0; i < mixSize; i++) {
        pass.add(i);
      }
      Collections.shuffle(pass, random);
      sequence.addAll(pass.subList(0, Math.min(mixSize, count - sequence.size())));
    }
    return sequence;
  }

  static int roundUp(int count, int multiple) {
    return (count + multiple - 1) / multiple * multiple;
  }

  /**
   * Empties the index directory, refusing one that holds anything but a Lucene index: the option
   * could name any folder.
   */
  static void resetIndexDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path entry : entries.toList()) {
          String name = entry.getFileName().toString();
          boolean lucene = Files.isRegularFile(entry) && (name.startsWith("_") || name.startsWith("segments")
              || name.startsWith("pending_segments") || name.equals("write.lock"));
          if (!lucene) {
            throw new IllegalStateException(dir + " contient autre chose qu'un index Lucene (" + name
                + ") : choisissez un autre --index-dir");
          }
        }
      }
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path entry : entries.toList()) {
          Files.delete(entry);
        }
      }
    }
    Files.createDirectories(dir);
  }

  private static long directorySize(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0; // merged away meanwhile
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints to the error stream every tenth of the way. */
  private static IntConsumer progress(String what, int total) {
    long begin = System.nanoTime();
    return done -> {
      if (total >= 10_000 && done % (total / 10) == 0) {
        System.err.printf(Locale.ROOT, "[bench] %s : %d %% (%s documents, %.0f s)%n", what, done * 100L / total,
            grouped(done), (System.nanoTime() - begin) / 1e9);
      }
    };
  }

  static String grouped(long value) {
    return String.format(Locale.FRANCE, "%,d", value).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  private static BigDecimal round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
