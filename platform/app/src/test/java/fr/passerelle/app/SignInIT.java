package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.SignIn;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Browser sign-in and sign-out through the pages, against the real Keycloak: the authorization code flow,
 * "Mon espace", the session cookie, sign-out ending the Keycloak session, and the refusals (forged callback,
 * open redirect, cross-site form).
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousVisitorsOfMySpaceAreSentToSignIn() {
        Http.Reply reply = new Http(base).get("/mon-espace");
        assertEquals(303, reply.status(), reply.toString());
        assertTrue(reply.header("Location").orElseThrow().endsWith("/connexion?retour=%2Fmon-espace"), reply.toString());

        Http.Reply home = new Http(base).get("/");
        assertTrue(home.body().contains(">Se connecter</a>"), "anonymous header offers sign-in");
        assertFalse(home.body().contains("Se déconnecter"));
    }

    @Test
    void eachDemoUserSignsInAndSeesTheirRoles() {
        Map<String, String> expected = Map.of(
                "admin", "Administration de la plateforme",
                "editrice", "Édition nationale des contenus",
                "nantes", "nantes-metropole",
                "secretariat", "Secrétariat de la gouvernance",
                "accueil", "Accueil des événements",
                "membre", "pas de rôle particulier",
                "participant", "pas de rôle particulier");
        expected.forEach((user, shown) -> {
            Http browser = new Http(base).browser();
            Http.Reply callback = SignIn.as(browser, "/mon-espace", user, user + "-demo");
            assertTrue(callback.header("Location").orElseThrow().endsWith("/mon-espace"), callback.toString());
            Http.Reply page = browser.follow(callback);
            assertEquals(200, page.status(), user + ": " + page);
            assertTrue(page.body().contains("<code>" + user + "</code>"), user + " named on Mon espace");
            assertTrue(page.body().contains(shown), user + " sees " + shown);
            assertTrue(page.body().contains("Se déconnecter"), "signed-in header offers sign-out");
            assertEquals("private, no-store", page.header("Cache-Control").orElse(""), "personal page not cached");
        });
    }

    @Test
    void sessionCookieIsHttpOnlyLaxAndItsIdChangesAtSignIn() {
        Http browser = new Http(base).browser();
        Http.Reply start = browser.get("/connexion?retour=/");
        String cookie = start.header("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        String beforeSignIn = browser.cookie("JSESSIONID").orElseThrow();

        browser.follow(SignIn.as(browser, "/mon-espace", "participant", "participant-demo"));
        assertNotEquals(beforeSignIn, browser.cookie("JSESSIONID").orElseThrow(), "new session id after sign-in");
        assertEquals(200, browser.get("/mon-espace").status());
        // Someone who planted or saw the session id before sign-in gets nothing from it (session fixation).
        Http.Reply planted = new Http(base).send(java.net.http.HttpRequest.newBuilder(new Http(base).uri("/mon-espace"))
                .header("Cookie", "JSESSIONID=" + beforeSignIn).GET());
        assertEquals(303, planted.status(), planted.toString());
    }

    @Test
    void returnPathIsNeverAnotherSite() {
        for (String hostile : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "/%0d%0aSet-Cookie:x=1"}) {
            Http browser = new Http(base).browser();
            Http.Reply callback = SignIn.as(browser, hostile, "participant", "participant-demo");
            URI location = URI.create(callback.header("Location").orElseThrow());
            assertTrue(location.getHost() == null || location.getHost().equals("localhost"), hostile + " → " + location);
            if (!hostile.startsWith("/%0d")) {
                assertEquals("/", location.getPath(), hostile + " → " + location);
            }
        }
    }

    @Test
    void forgedOrReplayedCallbacksAreRefusedInFrench() {
        Http stranger = new Http(base).browser();
        Http.Reply noPending = stranger.get("/connexion/retour?state=abc&code=def");
        assertEquals(400, noPending.status(), noPending.toString());
        assertTrue(noPending.body().contains("aucune connexion en cours"), noPending.toString());

        Http browser = new Http(base).browser();
        browser.follow(browser.get("/connexion?retour=/"));
        Http.Reply wrongState = browser.get("/connexion/retour?state=not-the-one&code=def");
        assertEquals(400, wrongState.status(), wrongState.toString());

        Http.Reply error = stranger.get("/connexion/retour?error=access_denied");
        assertEquals(400, error.status());
        assertFalse(error.body().contains("Exception"), "no stack trace");
    }

    @Test
    void apiIgnoresTheBrowserSession() {
        Http browser = new Http(base).browser();
        SignIn.as(browser, "/", "editrice", "editrice-demo");
        Http.Reply me = browser.get("/api/me");
        assertEquals(401, me.status(), "the API authenticates by bearer token only: " + me);
        Http.Reply propose = browser.postJson("/api/resources", "{\"slug\":\"par-cookie\",\"title\":\"Par cookie\",\"type\":\"guide\"}");
        assertEquals(401, propose.status(), "no write through the cookie: " + propose);
    }

    @Test
    void signOutNeedsTheFormTokenAndEndsBothSessions() {
        Http browser = new Http(base).browser();
        browser.follow(SignIn.as(browser, "/mon-espace", "editrice", "editrice-demo"));
        Http.Reply space = browser.get("/mon-espace");
        assertEquals(200, space.status());

        Http.Reply forged = browser.postForm("/deconnexion", "_csrf", "forged");
        assertEquals(403, forged.status(), forged.toString());
        assertTrue(forged.body().contains("Ce formulaire a expiré"), forged.toString());
        Http.Reply noToken = browser.postForm("/deconnexion");
        assertEquals(403, noToken.status());
        assertEquals(200, browser.get("/mon-espace").status(), "still signed in after refused sign-outs");

        Http.Reply signOut = browser.postForm("/deconnexion", "_csrf", SignIn.formToken(space));
        assertEquals(303, signOut.status(), signOut.toString());
        URI endSession = URI.create(signOut.header("Location").orElseThrow());
        assertTrue(endSession.toString().startsWith(TestKeycloak.issuer() + "/protocol/openid-connect/logout?"), endSession.toString());
        Map<String, String> query = query(endSession);
        assertTrue(query.containsKey("id_token_hint"), endSession.toString());
        assertEquals(Http.local(base).toString(), query.get("post_logout_redirect_uri"));

        Http.Reply back = browser.follow(browser.get(endSession.toString()));
        assertEquals(200, back.status(), "Keycloak sends the browser back home: " + back);
        assertEquals(303, browser.get("/mon-espace").status(), "signed out of Passerelle");
        Http.Reply again = browser.follow(browser.get("/connexion?retour=/"));
        assertEquals(200, again.status(), "Keycloak asks for the password again (its session ended): " + again);
        assertTrue(again.body().contains("kc-form-login"));
    }

    @Test
    void sessionEndedInKeycloakSignsOutAtTheNextRefresh() {
        JsonObject client = clientRepresentation("passerelle-web");
        String id = client.getString("id");
        String original = client.getJsonObject("attributes").getString("access.token.lifespan", "");
        // Shorter than the refresh margin: every request refreshes, as one would every few minutes in production.
        TestKeycloak.admin("PUT", "clients/" + id, "{\"attributes\":{\"access.token.lifespan\":\"5\"}}");
        try {
            Http browser = new Http(base).browser();
            browser.follow(SignIn.as(browser, "/mon-espace", "participant", "participant-demo"));
            assertEquals(200, browser.get("/mon-espace").status(), "refreshed tokens keep the person signed in");
            assertEquals(200, browser.get("/mon-espace").status());

            String userId = Json.createReader(new StringReader(TestKeycloak.admin("GET", "users?exact=true&username=participant", null).body()))
                    .readArray().getJsonObject(0).getString("id");
            TestKeycloak.admin("POST", "users/" + userId + "/logout", null);
            assertEquals(303, browser.get("/mon-espace").status(), "refresh refused once Keycloak ended the session");
        } finally {
            TestKeycloak.admin("PUT", "clients/" + id, "{\"attributes\":{\"access.token.lifespan\":\"" + original + "\"}}");
        }
    }

    private static JsonObject clientRepresentation(String clientId) {
        String list = TestKeycloak.admin("GET", "clients?clientId=" + clientId, null).body();
        return Json.createReader(new StringReader(list)).readArray().getJsonObject(0);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
