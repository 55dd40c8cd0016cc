package fr.passerelle.kernel.web;

import fr.passerelle.kernel.config.Settings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Headers every answer carries. The content security policy allows scripts, styles and fonts from this
 * site only (no inline script, no inline style element), images also as data: URIs (the DSFR's CSS uses
 * them), and no framing at all. Forms post to this site only; the identity provider's origin is added to
 * {@code form-action} because browsers also check the redirect a form answer leads to, and signing out
 * (a form) ends at Keycloak's end-session endpoint. An answer that is not a page may set its own, stricter
 * policy, which is then left alone.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    private final String csp = policy(Settings.get("PASSERELLE_OIDC_ISSUER", "http://localhost:8180/realms/passerelle"));

    static String policy(String issuer) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' "
                + origin(issuer) + "; frame-ancestors 'none'";
    }

    /** scheme://host[:port] of the issuer; nothing else of a configured value may reach the header. */
    static String origin(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")
                || !uri.getHost().matches("[A-Za-z0-9.-]+")) {
            throw new IllegalStateException("PASSERELLE_OIDC_ISSUER n'est pas une adresse http(s) valide : " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        // An answer that set its own policy keeps it: stored files are served with "sandbox" (AttachmentDownloads).
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.putSingle("Content-Security-Policy", csp);
        }
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
