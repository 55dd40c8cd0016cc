package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.RandomWords;
import fr.passerelle.testkit.TestContent;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kill test: a change committed in the database but not yet in the index commit survives a
 * SIGKILL of the node. The node runs as a real process (Payara Micro with the build's WAR), its index
 * commits only at startup ({@code PASSERELLE_SEARCH_COMMIT_SECONDS} far away), so the kill falls
 * between the database commit and the index commit, which the test checks on disk.
 */
class SearchCrashIT {

    static final Duration STARTUP = Duration.ofSeconds(240);

    Process node;
    Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (node != null && node.isAlive()) {
            node.destroy();
            node.waitFor();
        }
    }

    @Test
    void aCommittedChangeSurvivesAKillBeforeTheIndexCommit() throws Exception {
        Path var = Path.of("target", "crash-var-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        int port = freePort();
        start(var, port);
        Http author = new Http(new URL("http://localhost:" + port + "/"))
                .withBearer(TestKeycloak.token("participant", "participant-demo"));

        String word = RandomWords.of("crash", 6);
        Http.Reply created = author.postJson("/api/resources", Json.createObjectBuilder()
                .add("title", "Avant la panne " + word).add("summary", "Proposition écrite juste avant l'arrêt brutal")
                .add("body", "Texte " + word).add("type", "guide").build().toString());
        assertEquals(201, created.status(), created.toString());
        Await.until("the proposal is searchable on the node", Duration.ofSeconds(20), () -> found(author, word));

        long row = TestDatabase.count("SELECT MAX(e.id) FROM kernel_outbox_event e WHERE e.topic = 'search.changed' "
                + "AND e.payload LIKE ?", "%\"id\":\"" + resourceId(word) + "\"%");
        assertTrue(row > 0, "the change went through the outbox");
        assertTrue(committedCheckpoint(var) < row, "the index commit on disk does not hold the change yet");

        node.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
        node.waitFor();
        assertTrue(committedCheckpoint(var) < row, "still not in the index commit after the kill");

        start(var, port);
        // Readiness turns UP a moment before Payara finishes enabling the application (see the note on
        // WebApplicationStarted); an authenticated API call that answers marks the node as serving. Generous:
        // on a loaded build machine the first verification of a token (keys fetched from Keycloak) is slow.
        Await.until("the node serves authenticated requests", Duration.ofSeconds(120),
                () -> author.get("/api/me").status() == 200);
        Http.Reply after = author.get("/api/search?q=" + word);
        assertEquals(1, after.status() == 200 ? after.json().getJsonNumber("total").longValue() : -1,
                "caught up before readiness, searchable as soon as the node is ready: " + after);
    }

    private static boolean found(Http http, String word) {
        Http.Reply reply = http.get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        return reply.status() == 200 && reply.json().getJsonNumber("total").longValue() == 1;
    }

    private static long resourceId(String word) {
        return TestDatabase.count("SELECT MAX(id) FROM resources_resource WHERE title = ?", "Avant la panne " + word);
    }

    private static long committedCheckpoint(Path var) throws IOException {
        Path index = var.resolve("index");
        Path current = index.resolve(Files.readString(index.resolve("current")).strip());
        try (FSDirectory directory = FSDirectory.open(current)) {
            return Long.parseLong(SegmentInfos.readLatestCommit(directory).getUserData()
                    .getOrDefault("passerelle.checkpoint", "0"));
        }
    }

    private void start(Path var, int port) throws IOException {
        Files.createDirectories(var);
        log = var.resolve("node.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-DPASSERELLE_DB_URL=" + TestDatabase.url(),
                "-DPASSERELLE_DB_USER=" + TestDatabase.user(),
                "-DPASSERELLE_DB_PASSWORD=" + TestDatabase.password(),
                "-DPASSERELLE_CONTENT_DIR=" + TestContent.dir(),
                "-DPASSERELLE_VAR_DIR=" + var,
                "-DPASSERELLE_OIDC_ISSUER=" + TestKeycloak.issuer(),
                "-DPASSERELLE_SEARCH_COMMIT_SECONDS=86400",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("passerelle.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--rootdir", var.resolve("payara").toString()));
        node = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Http http = new Http(new URL("http://localhost:" + port + "/"));
        Await.until("the node is ready (log: " + log + ")", STARTUP, () -> {
            if (!node.isAlive()) {
                throw new IllegalStateException("the node stopped while starting, see " + log);
            }
            try {
                Http.Reply ready = http.get("/health/ready");
                return ready.status() == 200 && ready.body().contains("UP");
            } catch (IllegalStateException refused) {
                return false;
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
