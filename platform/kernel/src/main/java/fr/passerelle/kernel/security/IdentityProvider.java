package fr.passerelle.kernel.security;

import fr.passerelle.kernel.config.Settings;
import fr.passerelle.kernel.errors.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The realm as an OpenID Connect provider for the browser: its endpoints (read from its discovery document,
 * cached once read) and the back-channel calls of the authorization code flow. Every failure to reach it is an
 * {@link Unavailable} (503), so that a Keycloak outage never shows as an internal error; public pages never
 * call it.
 */
@ApplicationScoped
public class IdentityProvider {

    static final String UNAVAILABLE_TITLE = "Service d'authentification indisponible";
    private static final String UNAVAILABLE_DETAIL = "Le service de connexion ne répond pas pour le moment. "
            + "Les pages publiques restent consultables ; réessayez de vous connecter dans quelques minutes.";
    private static final Logger LOG = Logger.getLogger(IdentityProvider.class.getName());

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private volatile JsonObject discovery;

    public String issuer() {
        return Settings.get("PASSERELLE_OIDC_ISSUER", "http://localhost:8180/realms/passerelle");
    }

    public String clientId() {
        return Settings.get("PASSERELLE_OIDC_CLIENT_ID", "passerelle-web");
    }

    private String clientSecret() {
        // The default is the development realm's secret (see the README); production sets its own.
        return Settings.get("PASSERELLE_OIDC_CLIENT_SECRET", "passerelle-web-dev-secret");
    }

    /**
     * Read afresh at each sign-in: it is the moment to find out that Keycloak is down (and say so in French)
     * rather than send the browser to an address that does not answer.
     */
    public URI authorizationEndpoint() {
        discovery = null;
        return endpoint("authorization_endpoint");
    }

    /** Read afresh too: signing out of a Keycloak that does not answer deserves a clear French page. */
    public URI endSessionEndpoint() {
        discovery = null;
        return endpoint("end_session_endpoint");
    }

    /** Exchanges an authorization code (with its PKCE verifier) for tokens. */
    public SignInTokens exchangeCode(String code, String codeVerifier, String redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("code_verifier", codeVerifier);
        form.put("redirect_uri", redirectUri);
        TokenAnswer answer = tokenRequest(form);
        if (answer.status() != 200) {
            // A code that is expired, reused or forged: the provider is fine, the attempt is not.
            LOG.info(() -> "code exchange refused: " + answer.status() + " " + answer.body().getString("error", "?"));
            return null;
        }
        return tokens(answer.body(), null);
    }

    /**
     * New tokens from the refresh token, or {@code null} when the provider refuses it (session ended or
     * expired in Keycloak: the person is signed out).
     */
    public SignInTokens refresh(SignInTokens current) {
        if (current.refreshToken() == null) {
            return null;
        }
        TokenAnswer answer = tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", current.refreshToken()));
        if (answer.status() != 200) {
            return null;
        }
        return tokens(answer.body(), current.idToken());
    }

    private static SignInTokens tokens(JsonObject body, String previousIdToken) {
        String access = body.getString("access_token", null);
        if (access == null) {
            throw new Unavailable(UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL, new IllegalStateException("no access_token"));
        }
        long expiresIn = body.containsKey("expires_in") ? body.getJsonNumber("expires_in").longValue() : 60;
        return new SignInTokens(access, body.getString("refresh_token", null),
                body.getString("id_token", previousIdToken), Instant.now().plusSeconds(expiresIn));
    }

    private record TokenAnswer(int status, JsonObject body) {
    }

    private TokenAnswer tokenRequest(Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("client_id", clientId());
        form.put("client_secret", clientSecret());
        HttpRequest request = HttpRequest.newBuilder(endpoint("token_endpoint"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 500) {
            throw unavailable(new IOException("token endpoint answered " + response.statusCode()));
        }
        return new TokenAnswer(response.statusCode(), json(response.body()));
    }

    private URI endpoint(String name) {
        JsonObject document = discovery();
        String value = document.getString(name, null);
        if (value == null) {
            throw unavailable(new IllegalStateException("discovery document has no " + name));
        }
        return URI.create(value);
    }

    private JsonObject discovery() {
        JsonObject document = discovery;
        if (document != null) {
            return document;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw unavailable(new IOException("discovery answered " + response.statusCode()));
        }
        document = json(response.body());
        discovery = document;
        return document;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static Unavailable unavailable(Exception cause) {
        LOG.log(Level.WARNING, "identity provider unreachable: " + cause);
        return new Unavailable(UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL, cause);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw unavailable(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
