package fr.passerelle.kernel.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every answer carries. The content security policy allows scripts, styles and fonts from this
 * site only (no inline script, no inline style element), images also as data: URIs (the DSFR's CSS uses
 * them), and no framing at all.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CSP);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
