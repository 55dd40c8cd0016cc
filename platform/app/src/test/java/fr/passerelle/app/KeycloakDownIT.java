package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.SignIn;
import fr.passerelle.testkit.TestKeycloak;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keycloak stops while Passerelle runs: public pages keep working, signing in answers a French 503 page, the
 * API answers problem+json, never a 500. Keycloak is started again (same port and data) before the next class.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakDownIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @Test
    void publicPagesWorkAndSignInSaysTheServiceIsUnavailable() {
        String token = TestKeycloak.token("participant", "participant-demo");
        Http browser = new Http(base).browser();
        browser.follow(SignIn.as(browser, "/mon-espace", "editrice", "editrice-demo"));
        Http.Reply signedIn = browser.get("/mon-espace");
        assertEquals(200, signedIn.status());

        TestKeycloak.stopForOutage();
        try {
            Http http = new Http(base);
            for (String page : new String[] {"/", "/ressources", "/ressources/pass-numerique", "/accessibilite", "/api/resources"}) {
                assertEquals(200, http.get(page).status(), page + " while Keycloak is down");
            }

            Http.Reply signIn = new Http(base).browser().get("/connexion?retour=/mon-espace");
            assertEquals(503, signIn.status(), signIn.toString());
            assertTrue(signIn.body().contains("authentification indisponible"), signIn.toString());
            assertTrue(signIn.header("Retry-After").isPresent());
            assertFalse(signIn.body().contains("Exception") || signIn.body().contains("at fr."), "no stack trace");

            for (String bearer : new String[] {token, "not.a.token"}) {
                Http.Reply me = http.withBearer(bearer).get("/api/me");
                assertTrue(me.status() == 200 || me.status() == 401 || me.status() == 503, me.toString());
                if (me.status() != 200) {
                    assertEquals("application/problem+json", me.contentType(), me.toString());
                }
            }
            assertEquals(401, http.withBearer("not.a.token").get("/api/me").status());

            Http.Reply signOut = browser.postForm("/deconnexion", "_csrf", SignIn.formToken(signedIn));
            assertEquals(503, signOut.status(), signOut.toString());
            assertTrue(signOut.body().contains("Vous êtes déconnecté de Passerelle"), signOut.toString());
            assertEquals(303, browser.get("/mon-espace").status(), "the Passerelle session ended all the same");
        } finally {
            TestKeycloak.restartAfterOutage();
        }
        Http.Reply back = new Http(base).browser().get("/connexion?retour=/");
        assertEquals(303, back.status(), "sign-in works again once Keycloak is back: " + back);
    }
}
