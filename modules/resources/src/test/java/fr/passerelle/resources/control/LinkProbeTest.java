package fr.passerelle.resources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The link probe against a local server: HEAD, GET fallback, redirects, errors, timeouts. Never the internet. */
class LinkProbeTest {

    private static HttpServer server;
    private static String base;
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            REQUESTS.add(exchange.getRequestMethod() + " " + path);
            int status = switch (path) {
                case "/ok" -> 200;
                case "/sans-head" -> "HEAD".equals(exchange.getRequestMethod()) ? 405 : 200;
                case "/disparu" -> 404;
                case "/deplace" -> 301;
                case "/boucle" -> 302;
                case "/vers-ftp" -> 302;
                case "/lent" -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    yield 200;
                }
                default -> 500;
            };
            if (path.equals("/deplace")) {
                exchange.getResponseHeaders().add("Location", "/ok");
            } else if (path.equals("/boucle")) {
                exchange.getResponseHeaders().add("Location", "/boucle");
            } else if (path.equals("/vers-ftp")) {
                exchange.getResponseHeaders().add("Location", "ftp://exemple.fr/fichier");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static LinkProbe probe() {
        return new LinkProbe(Duration.ofSeconds(1), 3, new HostPacing(0));
    }

    @Test
    void aWorkingPageAnswersHeadOnce() {
        REQUESTS.clear();
        LinkVerdict v = probe().check(base + "/ok");
        assertFalse(v.broken(), v.toString());
        assertEquals(200, v.statusCode());
        assertEquals(List.of("HEAD /ok"), REQUESTS);
    }

    @Test
    void aServerRefusingHeadIsAskedWithGet() {
        REQUESTS.clear();
        LinkVerdict v = probe().check(base + "/sans-head");
        assertFalse(v.broken(), v.toString());
        assertEquals(List.of("HEAD /sans-head", "GET /sans-head"), REQUESTS);
    }

    @Test
    void missingPagesLoopsForeignSchemesAndSlowServersAreBroken() {
        LinkVerdict missing = probe().check(base + "/disparu");
        assertTrue(missing.broken());
        assertEquals(404, missing.statusCode());
        assertEquals("le serveur répond HTTP 404", missing.detail());

        assertFalse(probe().check(base + "/deplace").broken(), "one redirect is followed");

        REQUESTS.clear();
        LinkVerdict loop = probe().check(base + "/boucle");
        assertTrue(loop.broken());
        assertEquals("plus de 3 redirections", loop.detail());
        assertEquals(4, REQUESTS.size(), "the first request and three redirects, no more: " + REQUESTS);

        LinkVerdict ftp = probe().check(base + "/vers-ftp");
        assertTrue(ftp.broken());
        assertTrue(ftp.detail().contains("pas une page web"), ftp.detail());

        LinkVerdict slow = probe().check(base + "/lent");
        assertTrue(slow.broken());
        assertEquals("pas de réponse en 1 s", slow.detail());

        LinkVerdict closed = probe().check("http://127.0.0.1:9/rien");
        assertTrue(closed.broken());
    }

    @Test
    void requestsToOneHostArePaced() throws InterruptedException {
        HostPacing pacing = new HostPacing(200);
        long start = System.nanoTime();
        pacing.await("exemple.fr");
        pacing.await("autre.fr");
        pacing.await("EXEMPLE.fr");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis >= 190, "the second request to exemple.fr waited: " + elapsedMillis + " ms");
    }

    @Test
    void hostsAreTakenInTurn() {
        assertEquals(List.of("https://a.fr/1", "https://b.fr/1", "https://c.fr/1", "https://a.fr/2", "https://a.fr/3"),
                LinkCheckJob.interleaveHosts(List.of("https://a.fr/1", "https://a.fr/2", "https://a.fr/3",
                        "https://b.fr/1", "https://c.fr/1")));
    }
}
