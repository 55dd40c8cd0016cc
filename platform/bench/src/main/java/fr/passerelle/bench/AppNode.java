package fr.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Passerelle node for the registration benchmark: the built WAR in its own Payara Micro process, on a free port,
 * with its own var folder (mail spool, logs) and the shared PostgreSQL database. Clustering is off: the nodes share
 * nothing but the database, as two nodes behind a load balancer would.
 */
final class AppNode implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final URI base;
  private final Process process;
  private final Path log;

  private AppNode(String name, URI base, Process process, Path log) {
    this.name = name;
    this.base = base;
    this.process = process;
    this.log = log;
  }

  static AppNode start(String name, Path war, Path micro, Path varDir, String dbUrl, String dbUser, String dbPassword,
      String issuer, Path content, String javaOptions) throws IOException {
    int port = freePort();
    Path rootDir = varDir.resolve("payara");
    deleteTree(rootDir);
    Files.createDirectories(rootDir);
    Path log = varDir.resolve("node.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(javaOptions.split("\\s+")));
    command.addAll(List.of("-DPASSERELLE_DB_URL=" + dbUrl, "-DPASSERELLE_DB_USER=" + dbUser,
        "-DPASSERELLE_DB_PASSWORD=" + dbPassword, "-DPASSERELLE_VAR_DIR=" + varDir,
        "-DPASSERELLE_CONTENT_DIR=" + content, "-DPASSERELLE_OIDC_ISSUER=" + issuer,
        "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
        "--nocluster", "--rootdir", rootDir.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    return new AppNode(name, URI.create("http://localhost:" + port + "/"), process, log);
  }

  /** Waits until /health/ready answers UP. */
  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " s'est arrêté au démarrage (journal : " + log + ")");
      }
      try {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(base.resolve("health/ready"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " n'est pas prêt après " + timeout.toSeconds() + " s (journal : " + log + ")");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
