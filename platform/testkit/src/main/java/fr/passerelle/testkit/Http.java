package fr.passerelle.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client bound to the deployed application's base URL. */
public final class Http {

    private final URI base;
    private final String bearer;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            // Browsers speak HTTP/1.1 to a cleartext server; the JDK would otherwise try an h2c upgrade.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Http(URL base) {
        this(local(base), null);
    }

    private Http(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** The same client, sending {@code Authorization: Bearer <token>} with every request. */
    public Http withBearer(String token) {
        return new Http(base, token);
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
