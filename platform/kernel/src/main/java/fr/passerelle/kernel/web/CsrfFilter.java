package fr.passerelle.kernel.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses (403) any state-changing request to a page address that does not carry the session's
 * {@link Csrf} token: in the form field {@value Csrf#FIELD} (URL-encoded or multipart forms) or the
 * {@code X-CSRF-Token} header. The API is exempt: it authenticates by bearer token only, never by cookie, so
 * another site cannot make a browser call it with someone's rights.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class CsrfFilter implements ContainerRequestFilter {

    static final String MESSAGE = "Ce formulaire a expiré ou ne vient pas de Passerelle. "
            + "Rechargez la page, puis envoyez-le de nouveau.";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final int HEAD_BYTES = 64 * 1024;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String path = context.getUriInfo().getPath(false).replaceFirst("^/+", "");
        if (SAFE.contains(context.getMethod()) || path.equals("api") || path.startsWith("api/")) {
            return;
        }
        String submitted = context.getHeaderString("X-CSRF-Token");
        if (submitted == null && context.hasEntity()) {
            submitted = tokenOf(context);
        }
        if (!Csrf.matches(request, submitted)) {
            throw new ForbiddenException(MESSAGE);
        }
    }

    /**
     * Finds the token in the body and puts the body back for the endpoint. Pages write the token as the first
     * field of their forms and browsers send fields in document order, so for an upload of 20 MB the token is
     * found in the first kilobytes: only those are held in memory before the endpoint streams the rest.
     */
    private String tokenOf(ContainerRequestContext context) throws IOException {
        InputStream in = context.getEntityStream();
        byte[] head = in.readNBytes(HEAD_BYTES);
        String token = fieldOf(context.getMediaType(), head);
        // A token cut by the end of the head would not match: then the whole body is read after all.
        if (Csrf.matches(request, token) || head.length < HEAD_BYTES) {
            context.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), in));
            return token;
        }
        byte[] body = concat(head, in.readAllBytes());
        context.setEntityStream(new ByteArrayInputStream(body));
        return fieldOf(context.getMediaType(), body);
    }

    private static byte[] concat(byte[] head, byte[] rest) {
        byte[] all = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }

    /** The token field of a URL-encoded or multipart form body, or null. */
    static String fieldOf(MediaType type, byte[] body) {
        if (type == null) {
            return null;
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(Csrf.FIELD)) {
                    try {
                        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException malformed) {
                        return null;
                    }
                }
            }
            return null;
        }
        String boundary = type.getParameters().get("boundary");
        if (type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) && boundary != null && !boundary.isEmpty()) {
            // ISO-8859-1 maps every byte to one char, so binary parts cannot break the search.
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String delimiter = "--" + boundary;
            for (String part : text.split(java.util.regex.Pattern.quote(delimiter))) {
                int headersEnd = part.indexOf("\r\n\r\n");
                if (headersEnd < 0) {
                    continue;
                }
                String headers = part.substring(0, headersEnd).toLowerCase(java.util.Locale.ROOT);
                if (headers.contains("content-disposition: form-data; name=\"" + Csrf.FIELD + "\"")) {
                    String value = part.substring(headersEnd + 4);
                    return value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value;
                }
            }
        }
        return null;
    }
}
