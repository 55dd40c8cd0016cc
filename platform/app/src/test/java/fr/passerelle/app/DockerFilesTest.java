package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Docker files are not built here (no Docker engine in the build), so nothing else would notice when
 * they drift from the build: a renamed WAR, a changed port, a service renamed in one place only. This test
 * reads them as text and compares them with the pom and the launcher, which are the source of truth.
 */
class DockerFilesTest {

    private static final List<String> APP_NODES = List.of("app1", "app2");

    private static Path root;
    private static Map<String, Object> services;
    private static String dockerfile;
    private static String launcherPort;

    @BeforeAll
    static void readFiles() throws IOException {
        root = repositoryRoot();
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker/compose.yaml")));
        services = map(compose.get("services"), "services");
        dockerfile = Files.readString(root.resolve("docker/Dockerfile")).replace("\\\n", " ");
        launcherPort = firstGroup("(?m)^PORT=(\\d+)\\s*$", Files.readString(root.resolve("passerelle")), "PORT= in passerelle");
    }

    @Test
    void composeHasTheFiveServices() {
        for (String name : List.of("postgres", "keycloak", "app1", "app2", "lb")) {
            assertTrue(services.containsKey(name), "compose.yaml has no service " + name);
        }
    }

    @Test
    void appNodesAreBuiltFromTheDockerfileWithTheRepositoryAsContext() {
        for (String node : APP_NODES) {
            Map<String, Object> build = map(service(node).get("build"), node + ".build");
            assertEquals("..", build.get("context"), node + ": the Dockerfile copies paths relative to the repository root");
            assertEquals("docker/Dockerfile", build.get("dockerfile"), node + ".build.dockerfile");
        }
    }

    @Test
    void appNodesListenOnTheLaunchersPort() {
        for (String node : APP_NODES) {
            List<String> exposed = strings(service(node).get("expose"));
            assertTrue(exposed.contains(launcherPort), node + " exposes " + exposed + ", the launcher uses " + launcherPort);
        }
        assertTrue(dockerfile.contains("\"--port\", \"" + launcherPort + "\""), "Dockerfile starts Payara on another port than " + launcherPort);
        assertTrue(exposedByDockerfile().contains(launcherPort), "Dockerfile does not EXPOSE " + launcherPort);
    }

    @Test
    void loadBalancerPublishes8080() {
        assertTrue(publishedPorts("lb").contains("8080"), "lb must publish 8080, the documented entry point");
    }

    @Test
    void keycloakIsTheBuildsVersionWithTheBuildsRealm() throws IOException {
        String version = firstGroup("<keycloak.version>([^<]+)</keycloak.version>",
                Files.readString(root.resolve("pom.xml")), "keycloak.version in pom.xml");
        assertEquals("quay.io/keycloak/keycloak:" + version, service("keycloak").get("image"));
        List<String> volumes = strings(service("keycloak").get("volumes"));
        String realm = volumes.stream().filter(v -> v.endsWith(":/opt/keycloak/data/import/passerelle-realm.json:ro"))
                .findFirst().orElseThrow(() -> new AssertionError("realm not mounted: " + volumes));
        Path source = root.resolve("docker").resolve(realm.substring(0, realm.indexOf(':'))).normalize();
        assertTrue(Files.isRegularFile(source), "mounted realm file missing: " + source);
    }

    @Test
    void keycloakPublishes8180AndTheIssuerUsesIt() {
        assertTrue(publishedPorts("keycloak").contains("8180"), "keycloak must publish 8180");
        for (String node : APP_NODES) {
            assertEquals("http://keycloak:8180/realms/passerelle", environment(node).get("PASSERELLE_OIDC_ISSUER"), node);
        }
    }

    @Test
    void appNodesUseThePostgresService() {
        for (String node : APP_NODES) {
            String url = environment(node).get("PASSERELLE_DB_URL");
            assertNotNull(url, node + " has no PASSERELLE_DB_URL: it would fall back to its own H2 file");
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::\\d+)?/(\\w+)").matcher(url);
            assertTrue(m.matches(), node + ": not a PostgreSQL URL: " + url);
            assertEquals("postgres", m.group(1), node + ": the database host must be the postgres service");
            assertEquals(environment("postgres").get("POSTGRES_DB"), m.group(2), node + ": database name");
            assertTrue(strings(service(node).get("depends_on")).contains("postgres"), node + " must wait for postgres");
        }
    }

    @Test
    void dockerfileCopiesTheArtefactsThatMavenBuilds() throws IOException {
        String appPom = Files.readString(root.resolve("platform/app/pom.xml"));
        String war = firstGroup("<finalName>([^<]+)</finalName>", appPom, "finalName") + ".war";
        String micro = firstGroup("<destFileName>([^<]+)</destFileName>", appPom, "destFileName");
        List<String> copies = instructions("COPY");
        for (String artefact : List.of("platform/app/target/" + war, "platform/app/target/" + micro)) {
            assertTrue(copies.stream().anyMatch(copy -> copy.contains(artefact)), "Dockerfile does not COPY " + artefact);
        }
        assertTrue(dockerfile.contains("\"--deploy\", \"" + war + "\""), "Dockerfile does not deploy " + war);
        assertTrue(dockerfile.contains("\"-jar\", \"" + micro + "\""), "Dockerfile does not run " + micro);
    }

    @Test
    void everyImageIsPinned() {
        List<String> images = new ArrayList<>();
        services.forEach((name, value) -> {
            Object image = map(value, name).get("image");
            if (image != null) {
                images.add(image.toString());
            }
        });
        instructions("FROM").forEach(from -> images.add(from.split("\\s+")[1]));
        assertFalse(images.isEmpty());
        for (String image : images) {
            // The tag is what follows the last ':' unless that ':' belongs to a registry host:port.
            int colon = image.lastIndexOf(':');
            String tag = colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "";
            assertTrue(image.contains("@sha256:") || !tag.isEmpty() && !tag.equals("latest"),
                    image + " is not pinned: an unpinned image changes under a rebuild");
        }
    }

    /** Maven runs tests in platform/app; the root is where the parent pom and the launcher are. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("passerelle"))) {
                return dir;
            }
        }
        return fail("repository root (pom.xml + passerelle) not found above " + Path.of("").toAbsolutePath());
    }

    private static Map<String, Object> service(String name) {
        return map(services.get(name), "service " + name);
    }

    /** Host ports of "host:container" entries (short syntax) or "published" (long syntax). */
    private static List<String> publishedPorts(String name) {
        List<String> published = new ArrayList<>();
        for (Object port : list(service(name).get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                published.add(String.valueOf(longSyntax.get("published")));
            } else {
                String[] parts = port.toString().replaceFirst("/.*", "").split(":");
                published.add(parts.length >= 2 ? parts[parts.length - 2] : parts[0]);
            }
        }
        return published;
    }

    /** Compose accepts a map or a list of KEY=VALUE. */
    private static Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> result = new HashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(key.toString(), String.valueOf(value)));
        } else {
            for (Object entry : list(env)) {
                String[] pair = entry.toString().split("=", 2);
                result.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return result;
    }

    private static List<String> exposedByDockerfile() {
        List<String> ports = new ArrayList<>();
        instructions("EXPOSE").forEach(line -> ports.addAll(List.of(line.substring("EXPOSE".length()).trim().split("\\s+"))));
        return ports;
    }

    private static List<String> instructions(String keyword) {
        return dockerfile.lines().map(String::strip).filter(line -> line.startsWith(keyword + " ")).toList();
    }

    /** depends_on, expose... may be a list or a map keyed by name. */
    private static List<String> strings(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().map(Object::toString).toList();
        }
        return list(value).stream().map(Object::toString).toList();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        return fail(what + " is missing or not a mapping in compose.yaml");
    }

    private static String firstGroup(String regex, String text, String what) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : fail(what + " not found");
    }
}
