package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development realm (platform/app/src/main/keycloak/passerelle-realm.json) as the build's real Keycloak
 * serves it: each demo user gets a token from passerelle-cli whose claims are those the application relies
 * on — the issuer it is configured with, the realm roles in "groups" (MP-JWT), the territories.
 */
class KeycloakRealmIT {

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("admin", "Camille Lefèvre", List.of("admin"), List.of()),
                Arguments.of("editrice", "Élodie Garnier", List.of("editor"), List.of()),
                Arguments.of("nantes", "Nathan Le Goff", List.of("territory-editor"), List.of("nantes-metropole")),
                Arguments.of("secretariat", "Sophie Bernard", List.of("secretariat"), List.of()),
                Arguments.of("membre", "Marc Dubois", List.of(), List.of()),
                Arguments.of("participant", "Patricia Moreau", List.of(), List.of()),
                Arguments.of("accueil", "Amélie Rousseau", List.of("event-staff"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUserGetsATokenWithTheClaimsTheApplicationReads(String username, String name, List<String> groups,
            List<String> territories) {
        JsonObject claims = TestKeycloak.claims(TestKeycloak.token(username, username + "-demo"));

        assertEquals(TestKeycloak.issuer(), claims.getString("iss"), "iss");
        assertEquals(username, claims.getString("preferred_username"), "preferred_username");
        assertEquals(name, claims.getString("name"), "name");
        // Only the application's roles: the clients do not get Keycloak's default roles (full scope off).
        assertEquals(groups, strings(claims, "groups"), "groups");
        assertEquals(territories, strings(claims, "territories"), "territories");
        assertTrue(strings(claims, "aud").contains("passerelle-web"), "aud must name passerelle-web: " + claims.get("aud"));
    }

    @Test
    void wrongPasswordGetsNoToken() {
        HttpResponse<String> response = TestKeycloak.tokenRequest("editrice", "not-the-password");

        // RFC 6749 §5.2: invalid_grant is a 400 (Keycloak answers so since 26.6; it used to send 401).
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"invalid_grant\""), response.body());
        assertFalse(response.body().contains("access_token"), response.body());
    }

    /** A claim that may be absent, a string or an array of strings, as a list. */
    private static List<String> strings(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString single) {
            return List.of(single.getString());
        }
        return value.asJsonArray().getValuesAs(JsonString::getString);
    }
}
