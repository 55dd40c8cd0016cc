package fr.passerelle.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Fires guest registrations at the nodes in turn, {@code concurrency} at a time, each with its own e-mail address,
 * and records every answer's status and latency.
 */
final class RegistrationLoad {

  /** What the attempts got: latencies of all, answers by HTTP status (0: no answer), wall-clock time. */
  record Result(long[] nanos, Map<Integer, Integer> statuses, double seconds) {

    int answered(int... codes) {
      int n = 0;
      for (int code : codes) {
        n += statuses.getOrDefault(code, 0);
      }
      return n;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  Result fire(List<URI> nodes, String slug, long session, int attempts, int concurrency, String run)
      throws InterruptedException {
    long[] nanos = new long[attempts];
    int[] status = new int[attempts];
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      Future<?>[] done = new Future<?>[attempts];
      for (int i = 0; i < attempts; i++) {
        int n = i;
        done[i] = pool.submit(() -> {
          URI node = nodes.get(n % nodes.size());
          String body = "{\"name\":\"Participant " + n + "\",\"email\":\"banc-" + run + "-" + n
              + "@exemple.fr\",\"structureType\":\"association\",\"sessions\":[" + session + "],\"consent\":true}";
          HttpRequest request = HttpRequest.newBuilder(node.resolve("api/events/" + slug + "/registrations"))
              .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          long t = System.nanoTime();
          try {
            status[n] = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (Exception e) {
            status[n] = 0;
          }
          nanos[n] = System.nanoTime() - t;
        });
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int s : status) {
      statuses.merge(s, 1, Integer::sum);
    }
    return new Result(nanos, statuses, seconds);
  }
}
