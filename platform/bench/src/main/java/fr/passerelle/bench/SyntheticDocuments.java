package fr.passerelle.bench;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.Visibility;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * French documents about digital inclusion, made up from {@link Vocabulary} with a seeded random
 * source. Document {@code n} depends only on the seed and {@code n}: the same seed gives the same
 * documents, in any order, so that the Lucene index and the PostgreSQL table hold the same corpus
 * without keeping it in memory.
 *
 * <p>About a third of the sentences speak of the document's themes, the rest is plain administrative
 * French, figures and linking sentences, so that a word of the domain is in a share of the documents
 * rather than in all of them.
 *
 * <p>Shapes: titles of 5 to 10 words, summaries of 20 to 40, bodies of 80 to 200; five types, one
 * to three themes, one or two audiences, one licence, zero to two of the 101 départements (a few
 * busy ones publish more) and their régions; dates over {@link #YEARS} years, more in recent ones;
 * about 85 % public, the rest for editors (drafts), a governance body's members, or one person.
 */
public final class SyntheticDocuments {

  /** The first year of the dates; the last is {@code FIRST_YEAR + YEARS - 1}. */
  public static final int FIRST_YEAR = 2018;

  public static final int YEARS = 8;

  /** The zone of the dates, and of the year facet (as the index computes it). */
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  static final int TITLE_MIN = 5;
  static final int TITLE_MAX = 10;
  static final int SUMMARY_MIN = 20;
  static final int SUMMARY_MAX = 40;
  static final int BODY_MIN = 80;
  static final int BODY_MAX = 200;

  /** Share of documents everyone may see. */
  static final double PUBLIC_SHARE = 0.85;
  static final double EDITORS_SHARE = 0.05;
  static final double BODY_SHARE = 0.07;

  private static final Weighted<String> TYPES =
      new Weighted<>(Vocabulary.TYPE_ORDER, type -> Vocabulary.TYPES.get(type));
  private static final Weighted<String> THEMES = zipf(Vocabulary.THEMES, 0.7);
  private static final Weighted<String> AUDIENCES = zipf(Vocabulary.AUDIENCES, 0.6);
  private static final double[] LICENCE_WEIGHTS = {40, 25, 12, 12, 6, 5};
  private static final Weighted<String> LICENCES =
      new Weighted<>(Vocabulary.LICENCES, v -> LICENCE_WEIGHTS[Vocabulary.LICENCES.indexOf(v)]);
  private static final Map<String, String> REGION_OF = regionOfTerritory();
  private static final Weighted<String> TERRITORIES = new Weighted<>(
      List.copyOf(REGION_OF.keySet()), t -> Vocabulary.BUSY_TERRITORIES.contains(t) ? 5 : 1);
  /** Growing publication: the last year has about three times the documents of the first. */
  private static final Weighted<Integer> YEAR_OFFSETS = new Weighted<>(
      java.util.stream.IntStream.range(0, YEARS).boxed().toList(), k -> k + 3);

  private final long seed;

  /**
   * Where the random streams of this seed start. Scrambled: with {@code seed + n}, seed 43 would
   * replay seed 42's documents one draw later ({@link SplittableRandom} steps by a fixed gamma).
   */
  private final long base;

  public SyntheticDocuments(long seed) {
    this.seed = seed;
    long z = seed + 0x9E3779B97F4A7C15L; // Stafford's mix 13, as SplittableRandom uses
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    this.base = z ^ (z >>> 31);
  }

  public long seed() {
    return seed;
  }

  /** The {@code n}th document of this seed. */
  public SearchDocument document(int n) {
    SplittableRandom random = new SplittableRandom(base + n);
    String type = TYPES.pick(random);
    OffsetDateTime date = date(random);
    List<String> themes = THEMES.distinct(random, 1 + choose(random, 0.5, 0.35));
    List<List<String>> topics = themes.stream()
        .map(theme -> Vocabulary.TOPICS_BY_THEME.get(Vocabulary.THEMES.indexOf(theme))).toList();
    SearchDocument.Builder doc = SearchDocument.builder(type, "bench-" + n)
        .url(section(type) + "/bench-" + n)
        .title(title(random, type, date.getYear(), topics.get(0)))
        .summary(summary(random, topics))
        .body(body(random, topics))
        .date(date);
    doc.facet(SearchFacets.THEME, themes);
    doc.facet(SearchFacets.AUDIENCE, AUDIENCES.distinct(random, 1 + choose(random, 0.7)));
    doc.facet(SearchFacets.LICENCE, LICENCES.pick(random));
    double where = random.nextDouble();
    int territoryCount = where < 0.2 ? 0 : where < 0.9 ? 1 : 2; // national documents have none
    List<String> territories = TERRITORIES.distinct(random, territoryCount);
    doc.facet(SearchFacets.TERRITORY, territories);
    doc.facet(SearchFacets.REGION, territories.stream().map(REGION_OF::get).toList());
    double who = random.nextDouble();
    if (who < PUBLIC_SHARE) {
      doc.visibleTo(Visibility.PUBLIC).published(true);
    } else if (who < PUBLIC_SHARE + EDITORS_SHARE) {
      doc.visibleTo(Visibility.role("editor")).published(false);
    } else if (who < PUBLIC_SHARE + EDITORS_SHARE + BODY_SHARE) {
      doc.visibleTo(Visibility.body(pickFrom(random, Vocabulary.BODIES))).published(true);
    } else {
      doc.visibleTo(Visibility.user(user(random.nextInt(Vocabulary.USERS)))).published(false);
    }
    return doc.build();
  }

  /** The subject of one of the people documents may be shared with. */
  static String user(int n) {
    return String.format(Locale.ROOT, "u%04d", n);
  }

  /** The year facet of a document, as the index derives it from the date. */
  static int year(SearchDocument document) {
    return document.date().atZoneSameInstant(ZONE).getYear();
  }

  /** Words as people count them: what holds a letter or a digit (not a lone colon or percent sign). */
  static int words(String text) {
    return wordStarts(text, Integer.MAX_VALUE).length;
  }

  /** Where the first {@code max} words start (a word is a whitespace-separated token with a letter or digit). */
  private static int[] wordStarts(String text, int max) {
    int[] starts = new int[16];
    int count = 0;
    int tokenStart = -1;
    boolean counted = false;
    for (int i = 0; i < text.length() && count < max; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        tokenStart = -1;
      } else {
        if (tokenStart < 0) {
          tokenStart = i;
          counted = false;
        }
        if (!counted && Character.isLetterOrDigit(c)) {
          counted = true;
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = tokenStart;
        }
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static String section(String type) {
    return switch (type) {
      case "resource" -> "/ressources";
      case "initiative" -> "/initiatives";
      case "decision" -> "/gouvernance/decisions";
      case "meeting" -> "/gouvernance/reunions";
      default -> "/evenements/sessions";
    };
  }

  private static OffsetDateTime date(SplittableRandom random) {
    int year = FIRST_YEAR + YEAR_OFFSETS.pick(random);
    LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    LocalTime time = LocalTime.ofSecondOfDay(7 * 3600 + random.nextInt(13 * 3600));
    return day.atTime(time).atZone(ZONE).toOffsetDateTime();
  }

  private static String title(SplittableRandom random, String type, int year, List<String> mainTopics) {
    String title = pickFrom(random, Vocabulary.TITLE_OPENINGS.get(type)) + " "
        + pickFrom(random, random.nextDouble() < 0.9 ? mainTopics : Vocabulary.TOPICS);
    String longer = title + " " + pickFrom(random, Vocabulary.SETTINGS);
    if (words(longer) <= TITLE_MAX && (words(title) < TITLE_MIN || random.nextBoolean())) {
      title = longer;
    }
    if (words(title) < TITLE_MIN) {
      title = title + " (édition " + year + ")";
    }
    return capitalise(title);
  }

  private static String summary(SplittableRandom random, List<List<String>> topics) {
    StringBuilder text = new StringBuilder(sentence(random, topics));
    while (words(text.toString()) < SUMMARY_MIN) {
      text.append(' ').append(random.nextBoolean() ? sentence(random, topics) : plainSentence(random));
    }
    return cut(text.toString(), SUMMARY_MAX);
  }

  private static String body(SplittableRandom random, List<List<String>> topics) {
    int target = BODY_MIN + random.nextInt(BODY_MAX - BODY_MIN + 1);
    StringBuilder text = new StringBuilder();
    int count = 0;
    while (count < target) {
      double kind = random.nextDouble();
      String next;
      if (kind < 0.35) {
        next = sentence(random, topics);
      } else if (kind < 0.7) {
        next = plainSentence(random);
      } else if (kind < 0.8) {
        String figure = pickFrom(random, Vocabulary.FIGURES);
        next = figure.startsWith("En %d")
            ? String.format(Locale.ROOT, figure, FIRST_YEAR + random.nextInt(YEARS), 10 + random.nextInt(5000))
            : String.format(Locale.ROOT, figure, 2 + random.nextInt(500), 2 + random.nextInt(100) * 10);
      } else if (kind < 0.92) {
        next = pickFrom(random, Vocabulary.LINKS);
      } else {
        next = "Côté " + TERRITORIES.pick(random) + ", " + lowerFirst(sentence(random, topics));
      }
      text.append(count == 0 ? "" : " ").append(next);
      count += words(next);
    }
    return cut(text.toString(), target);
  }

  /** A sentence of plain administrative French, which no query of the mix looks for. */
  private static String plainSentence(SplittableRandom random) {
    return pickFrom(random, Vocabulary.PLAIN_SUBJECTS) + " " + pickFrom(random, Vocabulary.PLAIN_VERBS) + " "
        + pickFrom(random, Vocabulary.PLAIN_OBJECTS) + " " + pickFrom(random, Vocabulary.PLAIN_ENDINGS) + ".";
  }

  /** A sentence about one of the document's themes mostly (85 %), else general or any topic. */
  private static String sentence(SplittableRandom random, List<List<String>> topics) {
    double about = random.nextDouble();
    List<String> from = about < 0.85 ? pickFrom(random, topics)
        : about < 0.9 ? Vocabulary.GENERAL_TOPICS : Vocabulary.TOPICS;
    String sentence = pickFrom(random, Vocabulary.SUBJECTS) + " " + pickFrom(random, Vocabulary.VERBS) + " "
        + pickFrom(random, from);
    if (random.nextDouble() < 0.7) {
      sentence += " " + pickFrom(random, Vocabulary.SETTINGS);
    }
    return sentence + ".";
  }

  /** The text up to its {@code max}th word, ending with a full stop. */
  static String cut(String text, int max) {
    int[] starts = wordStarts(text, max + 1);
    if (starts.length <= max) {
      return text;
    }
    int end = starts[max];
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",.:;%".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.substring(0, end) + ".";
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
  }

  private static String lowerFirst(String text) {
    // "La commune…" after "Côté Gironde, " reads "la commune…".
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.FRENCH) + text.substring(1);
  }

  private static <T> T pickFrom(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** 0 with probability {@code 1 - sum(p)}, else 1, 2… with probabilities {@code p[0]}, {@code p[1]}… */
  private static int choose(SplittableRandom random, double... p) {
    double x = random.nextDouble();
    double above = 1;
    for (int i = p.length - 1; i >= 0; i--) {
      above -= p[i];
    }
    if (x < above) {
      return 0;
    }
    double at = above;
    for (int i = 0; i < p.length; i++) {
      at += p[i];
      if (x < at) {
        return i + 1;
      }
    }
    return p.length;
  }

  private static Map<String, String> regionOfTerritory() {
    Map<String, String> regions = new LinkedHashMap<>();
    for (Vocabulary.Region region : Vocabulary.REGIONS) {
      region.territories().forEach(t -> regions.put(t, region.name()));
    }
    return regions;
  }

  private static Weighted<String> zipf(List<String> values, double exponent) {
    return new Weighted<>(values, v -> 1 / Math.pow(values.indexOf(v) + 1, exponent));
  }

  /** Values drawn with fixed weights. */
  static final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    Weighted(List<T> values, ToDoubleFunction<T> weight) {
      this.values = List.copyOf(values);
      this.cumulative = new double[values.size()];
      double sum = 0;
      for (int i = 0; i < values.size(); i++) {
        sum += weight.applyAsDouble(values.get(i));
        cumulative[i] = sum;
      }
    }

    T pick(SplittableRandom random) {
      double x = random.nextDouble() * cumulative[cumulative.length - 1];
      for (int i = 0; i < cumulative.length; i++) {
        if (x < cumulative[i]) {
          return values.get(i);
        }
      }
      return values.get(values.size() - 1);
    }

    /** {@code count} different values, in the order drawn. */
    List<T> distinct(SplittableRandom random, int count) {
      Set<T> picked = new LinkedHashSet<>();
      while (picked.size() < Math.min(count, values.size())) {
        picked.add(pick(random));
      }
      return new ArrayList<>(picked);
    }
  }
}
