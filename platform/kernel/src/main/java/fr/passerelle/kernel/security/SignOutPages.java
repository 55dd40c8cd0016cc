package fr.passerelle.kernel.security;

import fr.passerelle.kernel.errors.Unavailable;
import fr.passerelle.kernel.web.PublicAddress;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Signing out: ends the Passerelle session, then the Keycloak session through its end-session endpoint. */
@Path("deconnexion")
@Produces(MediaType.TEXT_HTML)
public class SignOutPages {

    @Inject
    IdentityProvider provider;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** A page with the sign-out button, for links and for browsers that arrive here by address. */
    @GET
    public View confirmSignOut() {
        return View.of("kernel/sign-out.vm", "Se déconnecter").with("signedIn", caller.isSignedIn());
    }

    /** Protected from cross-site requests by the form token (see CsrfFilter). */
    @POST
    public Response signOut() {
        HttpSession session = request.getSession(false);
        SignInTokens tokens = session == null ? null : (SignInTokens) session.getAttribute(SignInTokens.SESSION_KEY);
        if (session != null) {
            session.invalidate();
        }
        if (tokens == null) {
            return SignInPages.seeOther(URI.create("/"));
        }
        URI endSession;
        try {
            endSession = provider.endSessionEndpoint();
        } catch (Unavailable down) {
            throw new Unavailable(IdentityProvider.UNAVAILABLE_TITLE, "Vous êtes déconnecté de Passerelle, mais le "
                    + "service d'authentification n'a pas pu être prévenu : fermez votre navigateur si l'ordinateur "
                    + "est partagé.", down);
        }
        UriBuilder logout = UriBuilder.fromUri(endSession)
                .queryParam("client_id", provider.clientId())
                .queryParam("post_logout_redirect_uri", PublicAddress.of(uriInfo).toString());
        if (tokens.idToken() != null) {
            logout.queryParam("id_token_hint", tokens.idToken());
        }
        return SignInPages.seeOther(logout.build());
    }

}
