package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bearer tokens from the real Keycloak against the real WAR: who the API thinks the caller is, and the
 * authorisation matrix of every write endpoint that exists. Later modules add their rows here.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    private Http anonymous() {
        return new Http(base);
    }

    private Http as(String username) {
        return new Http(base).withBearer(TestKeycloak.token(username, username + "-demo"));
    }

    private static List<String> strings(JsonObject json, String key) {
        return json.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void meDescribesTheCallerFromTheToken() {
        JsonObject nantes = as("nantes").get("/api/me").json();
        assertEquals(java.util.Set.of("username", "name", "roles", "territories"), nantes.keySet(), "exactly the documented fields");
        assertEquals("nantes", nantes.getString("username"));
        assertEquals(List.of("territory-editor"), strings(nantes, "roles"));
        assertEquals(List.of("nantes-metropole"), strings(nantes, "territories"));
        String name = nantes.getString("name");
        assertTrue(!name.isBlank() && !name.contains("\"") && !name.equals("nantes"), "full name from the token: " + name);

        assertEquals(List.of("admin"), strings(as("admin").get("/api/me").json(), "roles"));
        assertEquals(List.of("editor"), strings(as("editrice").get("/api/me").json(), "roles"));
        assertEquals(List.of("secretariat"), strings(as("secretariat").get("/api/me").json(), "roles"));
        assertEquals(List.of("event-staff"), strings(as("accueil").get("/api/me").json(), "roles"));
        JsonObject participant = as("participant").get("/api/me").json();
        assertEquals(List.of(), strings(participant, "roles"));
        assertEquals(List.of(), strings(participant, "territories"));
    }

    @Test
    void anonymousForgedOrMalformedTokensGet401() {
        Http.Reply anon = anonymous().get("/api/me");
        assertEquals(401, anon.status(), anon.toString());
        assertEquals("application/problem+json", anon.contentType());

        String token = TestKeycloak.token("participant", "participant-demo");
        String[] parts = token.split("\\.");
        // Same header and signature, claims changed to another user's: the signature no longer matches.
        String forgedClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"participant\"", "\"admin\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String bad : List.of(parts[0] + "." + forgedClaims + "." + parts[2], "pas-un-jeton", token + "x")) {
            for (String path : List.of("/api/me", "/api/resources")) {
                Http.Reply reply = anonymous().withBearer(bad).get(path);
                assertEquals(401, reply.status(), bad + " " + path + " → " + reply);
                assertEquals("application/problem+json", reply.contentType(), "never the container's HTML page: " + reply);
                assertTrue(reply.body().contains("invalide ou expiré"), reply.toString());
            }
        }
        assertEquals(200, anonymous().withBearer(token).get("/api/me").status(), "the untouched token works");
    }

    @Test
    void expiredTokensGet401() {
        // A client of this test only, whose tokens live a few seconds; the test run allows 1 s of clock skew.
        TestKeycloak.admin("POST", "clients", """
                {"clientId":"passerelle-cli-court","publicClient":true,"directAccessGrantsEnabled":true,
                 "standardFlowEnabled":false,"attributes":{"access.token.lifespan":"8"},
                 "protocolMappers":[{"name":"audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                   "config":{"included.client.audience":"passerelle-web","access.token.claim":"true"}}]}
                """);
        String token = TestKeycloak.token("passerelle-cli-court", "participant", "participant-demo");
        long expiresAt = TestKeycloak.claims(token).getJsonNumber("exp").longValue();
        Http http = anonymous().withBearer(token);
        Http.Reply fresh = http.get("/api/me");
        assertTrue(fresh.status() == 200 || java.time.Instant.now().getEpochSecond() >= expiresAt,
                "accepted while valid: " + fresh);
        Await.until("the token to expire and be refused", Duration.ofSeconds(60), () -> http.get("/api/me").status() == 401);
        Http.Reply expired = http.get("/api/me");
        assertEquals("application/problem+json", expired.contentType(), expired.toString());
        assertTrue(java.time.Instant.now().getEpochSecond() >= expiresAt, "refused only once expired");
    }

    /** Write endpoints × callers. A row per endpoint; expected status per caller. */
    @Test
    void authorisationMatrix() {
        record Row(String caller, int expected) {
        }
        List<Row> mailbox = List.of(new Row(null, 303), new Row("participant", 403), new Row("nantes", 403),
                new Row("editrice", 403), new Row("secretariat", 403), new Row("accueil", 403), new Row("admin", 200));
        for (Row row : mailbox) {
            Http http = row.caller() == null ? anonymous() : as(row.caller());
            Http.Reply reply = http.get("/admin/courriels");
            assertEquals(row.expected(), reply.status(), "GET /admin/courriels as " + row.caller() + ": " + reply);
        }
        List<Row> searchIndex = List.of(new Row(null, 401), new Row("participant", 403), new Row("nantes", 403),
                new Row("editrice", 403), new Row("secretariat", 403), new Row("accueil", 403), new Row("admin", 200));
        for (Row row : searchIndex) {
            Http http = row.caller() == null ? anonymous() : as(row.caller());
            Http.Reply status = http.get("/api/search/reindex");
            assertEquals(row.expected(), status.status(), "GET /api/search/reindex as " + row.caller() + ": " + status);
            if (row.expected() != 200) {
                Http.Reply start = http.post("/api/search/reindex", "application/json", "");
                assertEquals(row.expected(), start.status(), "POST /api/search/reindex as " + row.caller() + ": " + start);
            }
        }
    }
}
