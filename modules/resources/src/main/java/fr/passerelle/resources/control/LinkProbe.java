package fr.passerelle.resources.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

/**
 * Checks that a web address answers: {@code HEAD} first, {@code GET} when a server does not do HEAD
 * properly (the body is not read), redirects followed by hand up to a limit and only to http(s), each
 * request paced per host and bounded in time.
 */
public final class LinkProbe {

    static final String USER_AGENT = "Passerelle-verification-des-liens/1.0 (centre de ressources du numérique inclusif)";
    /** Answers to HEAD after which GET is worth a try: servers that refuse or mishandle HEAD. */
    static final Set<Integer> RETRY_WITH_GET = Set.of(400, 403, 404, 405, 406, 500, 501, 503);

    private final HttpClient client;
    private final Duration timeout;
    private final int maxRedirects;
    private final HostPacing pacing;

    LinkProbe(Duration timeout, int maxRedirects, HostPacing pacing) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.pacing = pacing;
    }

    public LinkVerdict check(String url) {
        URI current;
        try {
            current = URI.create(url);
        } catch (IllegalArgumentException e) {
            return LinkVerdict.broken(null, "adresse mal formée");
        }
        try {
            for (int hop = 0; ; hop++) {
                if (!WebLinks.isWebAddress(current.toString())) {
                    return LinkVerdict.broken(null, "redirection vers une adresse qui n'est pas une page web");
                }
                Answer answer = ask(current, "HEAD");
                if (RETRY_WITH_GET.contains(answer.status())) {
                    answer = ask(current, "GET");
                }
                int status = answer.status();
                if (status >= 200 && status < 300) {
                    return LinkVerdict.ok(status);
                }
                if (status >= 300 && status < 400 && answer.location() != null) {
                    if (hop >= maxRedirects) {
                        return LinkVerdict.broken(status, "plus de " + maxRedirects + " redirections");
                    }
                    current = current.resolve(answer.location());
                    continue;
                }
                return LinkVerdict.broken(status, "le serveur répond HTTP " + status);
            }
        } catch (HttpConnectTimeoutException e) {
            return LinkVerdict.broken(null, "pas de connexion au serveur en " + timeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return LinkVerdict.broken(null, "pas de réponse en " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return LinkVerdict.broken(null, "connexion refusée ou impossible");
        } catch (UnknownHostException e) {
            return LinkVerdict.broken(null, "nom de domaine introuvable");
        } catch (IllegalArgumentException e) {
            return LinkVerdict.broken(null, "redirection vers une adresse mal formée");
        } catch (IOException e) {
            return LinkVerdict.broken(null, "erreur réseau (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkVerdict.broken(null, "vérification interrompue");
        }
    }

    private record Answer(int status, String location) {
    }

    /** Sends one request and answers its status and redirect target; the body, if any, is never read. */
    private Answer ask(URI uri, String method) throws IOException, InterruptedException {
        pacing.await(uri.getHost());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
        }
    }
}
