package fr.passerelle.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * A request whose bearer token was refused (expired, forged, wrong issuer or audience, unverifiable) gets 401,
 * whatever the endpoint, as problem+json on the API and a French page elsewhere: never treated as anonymous.
 */
@Provider
@PreMatching
public class RejectedTokenFilter implements ContainerRequestFilter {

    static final String ATTRIBUTE = RejectedTokenFilter.class.getName();

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request != null && request.getAttribute(ATTRIBUTE) != null) {
            throw new NotAuthorizedException("Le jeton d'accès est invalide ou expiré : demandez-en un nouveau.",
                    "Bearer realm=\"passerelle\", error=\"invalid_token\"");
        }
    }
}
