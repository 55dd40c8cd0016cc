package fr.passerelle.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real Keycloak for the whole test run, started from the distribution the build pins
 * ({@code keycloak.version}) with the repository's development realm, on a free port. It starts only when
 * {@code passerelle.it.keycloak=true} (set for platform/app's failsafe run), before Arquillian reads its
 * configuration, and publishes the realm's issuer as {@code passerelle.it.oidc.issuer}: arquillian.xml
 * hands it to Payara as PASSERELLE_OIDC_ISSUER, so the tests and the application agree on the issuer.
 * Each run starts from an empty Keycloak database, so the realm file is always imported afresh.
 */
public class TestKeycloak implements LauncherSessionListener {

    public static final String REALM = "passerelle";
    public static final String CLI_CLIENT = "passerelle-cli";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process process;
    private static Path logFile;
    private static int port;
    private static boolean stopHookAdded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("passerelle.it.keycloak")) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The realm's issuer, {@code http://localhost:<port>/realms/passerelle}, as in the tokens. */
    public static String issuer() {
        String issuer = System.getProperty("passerelle.it.oidc.issuer");
        if (issuer == null || process == null) {
            throw new IllegalStateException("Keycloak is not started for this test run: set passerelle.it.keycloak=true"
                    + " (see platform/app/pom.xml)");
        }
        return issuer;
    }

    /** An access token for a realm user, obtained with the password grant on the public client passerelle-cli. */
    public static String token(String username, String password) {
        return token(CLI_CLIENT, username, password);
    }

    /** An access token from another public client with direct access grants (one a test created). */
    public static String token(String clientId, String username, String password) {
        HttpResponse<String> response = tokenRequest(clientId, username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    /** The raw answer of the token endpoint to a password grant on passerelle-cli, for tests of refusals. */
    public static HttpResponse<String> tokenRequest(String username, String password) {
        return tokenRequest(CLI_CLIENT, username, password);
    }

    private static HttpResponse<String> tokenRequest(String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request);
    }

    /** An access token of the bootstrap administrator (master realm), for the admin REST API. */
    public static String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        String masterToken = issuer().replace("/realms/" + REALM, "/realms/master") + "/protocol/openid-connect/token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(masterToken))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no admin token: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    /**
     * Calls the realm's admin REST API ({@code /admin/realms/passerelle/<path>}) and answers the response,
     * failing on any error status.
     */
    public static HttpResponse<String> admin(String method, String path, String json) {
        String url = issuer().replace("/realms/" + REALM, "/admin/realms/" + REALM) + "/" + path;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, read without checking its signature (the application does that). */
    public static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT: " + parts.length + " parts");
        }
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    static synchronized void start() {
        if (process != null) {
            return;
        }
        Path home = unpackedDistribution();
        resetData(home);
        port = freePort();
        launch(home);
    }

    /**
     * Stops Keycloak in the middle of the run, for tests of an identity provider that is down. The issuer stays
     * published: the application keeps pointing at it, as it would in an outage.
     */
    public static synchronized void stopForOutage() {
        if (process == null) {
            throw new IllegalStateException("Keycloak is not started for this test run");
        }
        String issuer = issuer();
        stop();
        System.setProperty("passerelle.it.oidc.issuer", issuer);
    }

    /** Starts Keycloak again after {@link #stopForOutage()}: same port and data, so tokens and issuer still hold. */
    public static synchronized void restartAfterOutage() {
        if (process != null) {
            return;
        }
        launch(unpackedDistribution());
    }

    private static void launch(Path home) {
        String issuer = "http://localhost:" + port + "/realms/" + REALM;
        logFile = home.getParent().resolve("keycloak.log");
        // --hostname fixes the issuer, whichever host name (localhost, 127.0.0.1) a request uses.
        // Appending keeps the first start's log when a test restarts Keycloak.
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--hostname=http://localhost:" + port, "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
        if (!stopHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::stop, "keycloak-stop"));
            stopHookAdded = true;
        }
        URI wellKnown = URI.create(issuer + "/.well-known/openid-configuration");
        try {
            Await.until("Keycloak's realm at " + wellKnown + " (log: " + logFile + ")", START_TIMEOUT, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped during start-up, exit " + process.exitValue()
                            + "; end of " + logFile + ":\n" + tail(logFile));
                }
                return answers(wellKnown);
            });
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
        System.setProperty("passerelle.it.oidc.issuer", issuer);
        System.out.printf("[testkit] Keycloak ready in %d s: %s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), issuer);
    }

    /** Stops Keycloak and every process kc.sh started (it may relaunch its JVM after a re-build). */
    static synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception timedOut) {
                p.destroyForcibly();
            }
        }
        process = null;
        System.clearProperty("passerelle.it.oidc.issuer");
    }

    /**
     * The distribution zip (copied by the build, see platform/app/pom.xml) unpacked next to it, once: a later
     * run reuses it, and with it the start-up optimisation Keycloak stores in its lib folder.
     */
    private static Path unpackedDistribution() {
        String zipProperty = System.getProperty("passerelle.it.keycloak.zip");
        if (zipProperty == null) {
            throw new IllegalStateException("system property passerelle.it.keycloak.zip is not set (see platform/app/pom.xml)");
        }
        Path zip = Path.of(zipProperty);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found: " + zip + " (mvn verify copies it first)");
        }
        Path dir = zip.toAbsolutePath().getParent();
        try {
            String top = topFolder(zip);
            Path home = dir.resolve(top);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            Path tmp = Files.createTempDirectory(dir, ".unpack");
            unzip(zip, tmp);
            try (Stream<Path> scripts = Files.list(tmp.resolve(top).resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.move(tmp.resolve(top), home, StandardCopyOption.ATOMIC_MOVE);
            delete(tmp);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }

    private static String topFolder(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry first = in.getNextEntry();
            if (first == null) {
                throw new IOException("empty zip " + zip);
            }
            return first.getName().split("/")[0];
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path to = root.resolve(entry.getName()).normalize();
                if (!to.startsWith(root)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** An empty Keycloak database and the repository's realm file, to be imported at start. */
    private static void resetData(Path home) {
        String realm = System.getProperty("passerelle.it.keycloak.realm");
        if (realm == null) {
            throw new IllegalStateException("system property passerelle.it.keycloak.realm is not set (see platform/app/pom.xml)");
        }
        try {
            delete(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Path.of(realm), imports.resolve("passerelle-realm.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answers(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
