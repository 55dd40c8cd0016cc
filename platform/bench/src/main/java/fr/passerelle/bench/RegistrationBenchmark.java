package fr.passerelle.bench;

import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./passerelle bench registration --attempts N --capacity C}: two Passerelle nodes (Payara Micro processes of
 * the built WAR) on one PostgreSQL database, an event and a session of capacity C created through the API with an
 * administrator's token from the build's Keycloak (started on a free port, as the tests do), then N guest
 * registrations fired concurrently at both nodes. The counts come from the database afterwards; the last line is
 * JSON.
 */
public final class RegistrationBenchmark {

  record Options(int attempts, int capacity, int concurrency, String pgUrl, String pgUser, String pgPassword,
      Path war, Path micro, Path varDir, Path keycloakZip, Path realm, Path content, String nodeJavaOptions) {

    static final String USAGE = """
        Usage : ./passerelle bench registration [--attempts N] [--capacity C] [options]
          --attempts N      inscriptions tentées, toutes d'adresses différentes (1000 par défaut)
          --capacity C      places de l'événement et de sa session (100 par défaut)
          --concurrency K   requêtes simultanées, réparties sur les deux instances (64 par défaut)
          --pg-url URL      base PostgreSQL partagée par les deux instances, créée si besoin
                            (jdbc:postgresql://localhost:5432/passerelle_bench_registration par défaut) ;
                            --pg-user (postgres), --pg-password (vide)""";

    static Options parse(String... args) {
      Map<String, String> v = new LinkedHashMap<>();
      List<String> known = List.of("--attempts", "--capacity", "--concurrency", "--pg-url", "--pg-user", "--pg-password",
          "--war", "--micro", "--var-dir", "--keycloak-zip", "--realm", "--content", "--node-java-options");
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        String value;
        if (name.startsWith("--") && name.contains("=")) {
          value = name.substring(name.indexOf('=') + 1);
          name = name.substring(0, name.indexOf('='));
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new IllegalArgumentException(name + " attend une valeur");
        }
        if (!known.contains(name)) {
          throw new IllegalArgumentException("option inconnue : " + name);
        }
        v.put(name, value);
      }
      return new Options(positive(v, "--attempts", 1000), positive(v, "--capacity", 100),
          positive(v, "--concurrency", 64),
          v.getOrDefault("--pg-url", "jdbc:postgresql://localhost:5432/passerelle_bench_registration"),
          v.getOrDefault("--pg-user", "postgres"), v.getOrDefault("--pg-password", ""),
          Path.of(v.getOrDefault("--war", "platform/app/target/passerelle.war")),
          Path.of(v.getOrDefault("--micro", "platform/app/target/payara-micro.jar")),
          Path.of(v.getOrDefault("--var-dir", "var/bench/registration")).toAbsolutePath(),
          Path.of(v.getOrDefault("--keycloak-zip", "var/bench/keycloak/keycloak.zip")),
          Path.of(v.getOrDefault("--realm", "platform/app/src/main/keycloak/passerelle-realm.json")),
          Path.of(v.getOrDefault("--content", "content")).toAbsolutePath(),
          v.getOrDefault("--node-java-options", "-Xmx768m"));
    }

    private static int positive(Map<String, String> values, String name, int fallback) {
      return SearchBenchmark.Options.positive(values, name, fallback);
    }
  }

  /** What the database holds for the measured event once every answer is in. */
  record Counts(long heldCounter, long holding, long waitlisted, long registrations, long distinctEmails,
      long eventHeld) {

    /** Seats given beyond the capacity, whichever way they are counted. */
    long overbooked(int capacity) {
      return Math.max(0, Math.max(holding, Math.max(heldCounter, eventHeld)) - capacity);
    }
  }

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
  private final Options options;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  RegistrationBenchmark(Options options, PrintStream out) {
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
    new RegistrationBenchmark(options, new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
  }

  void run() throws Exception {
    out.printf(Locale.ROOT, "Banc d'essai des inscriptions : %d tentatives, capacité %d, %d simultanées, 2 instances, %s%n",
        options.attempts(), options.capacity(), options.concurrency(), options.pgUrl());
    out.printf(Locale.ROOT, "Machine : %d cœurs, charge moyenne au départ %s%n",
        Runtime.getRuntime().availableProcessors(), loadAverage());
    try (Connection db = BenchDatabase.connect(options.pgUrl(), options.pgUser(), options.pgPassword())) {
      long started = System.nanoTime();
      String issuer = startKeycloak();
      out.printf(Locale.ROOT, "Keycloak prêt en %d s : %s%n", seconds(started), issuer);
      List<AppNode> nodes = new ArrayList<>();
      try {
        started = System.nanoTime();
        for (String name : List.of("instance-1", "instance-2")) {
          Path var = options.varDir().resolve(name);
          Files.createDirectories(var);
          nodes.add(AppNode.start(name, options.war(), options.micro(), var, options.pgUrl(), options.pgUser(),
              options.pgPassword(), issuer, options.content(), options.nodeJavaOptions()));
        }
        for (AppNode node : nodes) {
          node.awaitReady(START_TIMEOUT);
        }
        out.printf(Locale.ROOT, "Deux instances prêtes en %d s : %s, %s%n", seconds(started), nodes.get(0).base,
            nodes.get(1).base);
        measure(db, nodes, TestKeycloak.token("admin", "admin-demo"));
      } finally {
        nodes.forEach(AppNode::close);
      }
    } finally {
      new TestKeycloak().launcherSessionClosed(null);
    }
  }

  private void measure(Connection db, List<AppNode> nodes, String adminToken) throws Exception {
    List<URI> bases = nodes.stream().map(n -> n.base).toList();
    String run = OffsetDateTime.now(ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    RegistrationLoad load = new RegistrationLoad();

    // Warm-up (not measured): a small event of its own, a few registrations through each node.
    String warm = "banc-echauffement-" + run;
    long warmSession = createEvent(bases, adminToken, warm, 5);
    load.fire(bases, warm, warmSession, 40, 8, "echauffement-" + run);

    String slug = "banc-inscriptions-" + run;
    long session = createEvent(bases, adminToken, slug, options.capacity());
    RegistrationLoad.Result result = load.fire(bases, slug, session, options.attempts(), options.concurrency(), run);
    Counts counts = count(db, slug, session);

    Percentiles latency = new Percentiles(result.nanos());
    int errors = options.attempts() - result.answered(200, 201);
    long overbooked = counts.overbooked(options.capacity());
    double perSecond = options.attempts() / result.seconds();
    out.printf(Locale.ROOT, "%nRéponses par statut HTTP : %s (0 = pas de réponse)%n", result.statuses());
    out.printf(Locale.ROOT, "Places occupées (compteur de la session) : %d ; inscriptions qui tiennent une place : %d ; "
        + "compteur de l'événement : %d%n", counts.heldCounter(), counts.holding(), counts.eventHeld());
    out.printf(Locale.ROOT, "Liste d'attente : %d ; inscriptions enregistrées : %d (adresses distinctes : %d)%n",
        counts.waitlisted(), counts.registrations(), counts.distinctEmails());
    out.printf(Locale.ROOT, "Surréservation : %d ; erreurs : %d%n", overbooked, errors);
    out.printf(Locale.ROOT, "Latence : p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms ; débit %.1f inscriptions/s "
        + "(%.1f s en tout)%n", latency.millis(50), latency.millis(90), latency.millis(99), latency.maxMillis(),
        perSecond, result.seconds());
    out.printf(Locale.ROOT, "Charge moyenne de la machine à la fin : %s (partagée avec d'autres travaux)%n", loadAverage());
    out.println(Json.createObjectBuilder()
        .add("attempts", options.attempts())
        .add("capacity", options.capacity())
        .add("held", counts.holding())
        .add("waitlisted", counts.waitlisted())
        .add("errors", errors)
        .add("overbooked", overbooked)
        .add("p99_ms", round(latency.millis(99)))
        .add("per_s", round(perSecond))
        .build());
  }

  /** An event and its one session, both of {@code capacity} seats, open for registration; the session's id. */
  private long createEvent(List<URI> nodes, String token, String slug, int capacity) throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    OffsetDateTime starts = now.plusDays(30);
    String event = Json.createObjectBuilder().add("slug", slug).add("title", "Banc d'essai " + slug)
        .add("venue", "Salle du banc d'essai").add("startsAt", starts.toString())
        .add("endsAt", starts.plusHours(8).toString()).add("registrationOpensAt", now.minusHours(1).toString())
        .add("registrationClosesAt", starts.minusDays(1).toString()).add("capacity", capacity).build().toString();
    post(nodes.get(0).resolve("api/events"), token, event);
    String session = Json.createObjectBuilder().add("title", "Atelier très demandé").add("kind", "atelier")
        .add("startsAt", starts.plusHours(1).toString()).add("endsAt", starts.plusHours(2).toString())
        .add("capacity", capacity).build().toString();
    String created = post(nodes.get(1).resolve("api/events/" + slug + "/sessions"), token, session);
    try (var reader = Json.createReader(new java.io.StringReader(created))) {
      return reader.readObject().getJsonNumber("id").longValue();
    }
  }

  private String post(URI uri, String token, String json) throws IOException, InterruptedException {
    HttpResponse<String> reply = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    if (reply.statusCode() != 201) {
      throw new IllegalStateException("POST " + uri + " : " + reply.statusCode() + " " + reply.body());
    }
    return reply.body();
  }

  static Counts count(Connection db, String slug, long session) throws SQLException {
    long event = single(db, "SELECT id FROM events_event WHERE slug = ?", slug);
    return new Counts(
        single(db, "SELECT held FROM events_session WHERE id = ?", session),
        single(db, "SELECT COUNT(*) FROM events_registration r JOIN events_registration_session s "
            + "ON s.registration_id = r.id WHERE s.session_id = ? AND r.status IN ('pending', 'confirmed')", session),
        single(db, "SELECT COUNT(*) FROM events_registration WHERE event_id = ? AND status = 'waitlisted'", event),
        single(db, "SELECT COUNT(*) FROM events_registration WHERE event_id = ?", event),
        single(db, "SELECT COUNT(DISTINCT email_key) FROM events_registration WHERE event_id = ?", event),
        single(db, "SELECT held FROM events_event WHERE id = ?", event));
  }

  private static long single(Connection db, String sql, Object param) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setObject(1, param);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The build's Keycloak on a free port with the development realm, as the integration tests start it. */
  private String startKeycloak() {
    System.setProperty("passerelle.it.keycloak", "true");
    System.setProperty("passerelle.it.keycloak.zip", options.keycloakZip().toAbsolutePath().toString());
    System.setProperty("passerelle.it.keycloak.realm", options.realm().toAbsolutePath().toString());
    new TestKeycloak().launcherSessionOpened(null);
    return TestKeycloak.issuer();
  }

  private static long seconds(long since) {
    return (System.nanoTime() - since) / 1_000_000_000L;
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "inconnue";
    }
  }
}
