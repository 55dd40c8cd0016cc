package fr.passerelle.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client bound to the deployed application's base URL. */
public class Http {

    private final URI base;
    private final String bearer;
    private final HttpClient client;

    public Http(URL base) {
        this(local(base), null, client(null));
    }

    private Http(URI base, String bearer, HttpClient client) {
        this.base = base;
        this.bearer = bearer;
        this.client = client;
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                // Browsers speak HTTP/1.1 to a cleartext server; the JDK would otherwise try an h2c upgrade.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    /** The same client, sending {@code Authorization: Bearer <token>} with every request. */
    public Http withBearer(String token) {
        return new Http(base, token, client);
    }

    /**
     * A client that keeps cookies like a browser (its own jar, empty at first), for sign-in flows. Redirects are
     * still not followed, so that tests see each step.
     */
    public Http browser() {
        CookieManager cookies = new LocalhostCookies();
        return new Http(base, null, client(cookies)) {
            @Override
            public Optional<String> cookie(String name) {
                return cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
            }
        };
    }

    /**
     * Browsers treat http://localhost as a secure context and send it the cookies marked Secure (Keycloak marks
     * its login cookies so); the JDK's cookie manager would not, so this one asks for localhost as if over https.
     */
    private static final class LocalhostCookies extends CookieManager {

        LocalhostCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers)
                throws java.io.IOException {
            if ("http".equals(uri.getScheme()) && "localhost".equals(uri.getHost())) {
                try {
                    uri = new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), null, null);
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalArgumentException(e);
                }
            }
            return super.get(uri, headers);
        }
    }

    /** The value of a cookie this client holds (browser clients only). */
    public Optional<String> cookie(String name) {
        return Optional.empty();
    }

    /** Follows one redirect answer (absolute or relative Location). */
    public Reply follow(Reply redirect) {
        String location = redirect.header("Location")
                .orElseThrow(() -> new IllegalStateException("not a redirect: " + redirect));
        return get(location);
    }

    /** A form post ({@code application/x-www-form-urlencoded}) of the given fields, in order. */
    public Reply postForm(String path, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&")
                    .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return post(path, "application/x-www-form-urlencoded", form.toString());
    }

    /**
     * The deployment's base URL on the loopback interface. Arquillian reports the host Payara prints,
     * which may be the machine's network address; the server listens on every interface, and tests keep
     * their traffic on this machine.
     */
    public static URI local(URL base) {
        try {
            URI uri = base.toURI();
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            return new URI(uri.getScheme(), null, "localhost", uri.getPort(), path.endsWith("/") ? path : path + "/",
                    null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("invalid deployment URL " + base, e);
        }
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Reply send(HttpRequest.Builder request) {
        if (bearer != null) {
            request.setHeader("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** A response with its body read as text. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
