package fr.passerelle.kernel.security;

import fr.passerelle.kernel.web.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Browser sign-in with the realm (OpenID Connect authorization code flow with PKCE, confidential client
 * {@code passerelle-web}). The tokens land in the HTTP session, which {@link CompositeAuthentication} reads on
 * every request; {@link SignOutPages} ends both sessions.
 */
@Path("connexion")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    static final String CALLBACK = "connexion/retour";

    @Inject
    IdentityProvider provider;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @GET
    public Response signIn(@QueryParam("retour") String returnPath) {
        if (caller.isSignedIn()) {
            return seeOther(URI.create(ReturnPath.safe(returnPath)));
        }
        PendingSignIn pending = PendingSignIn.start(PublicAddress.of(uriInfo).resolve(CALLBACK).toString(), returnPath);
        URI authorize = UriBuilder.fromUri(provider.authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", provider.clientId())
                .queryParam("redirect_uri", pending.redirectUri())
                .queryParam("scope", "openid profile email")
                .queryParam("state", pending.state())
                .queryParam("code_challenge", pending.codeChallenge())
                .queryParam("code_challenge_method", "S256")
                .queryParam("ui_locales", "fr")
                .build();
        request.getSession(true).setAttribute(PendingSignIn.SESSION_KEY, pending);
        return seeOther(authorize);
    }

    @GET
    @Path("retour")
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
        if (pending == null || !pending.matches(state)) {
            throw new BadRequestException("Cette réponse de connexion ne correspond à aucune connexion en cours dans ce "
                    + "navigateur (elle a expiré ou vient d'ailleurs). Recommencez depuis « Se connecter ».");
        }
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        if (error != null || code == null || code.isBlank()) {
            throw new BadRequestException("La connexion n'a pas abouti : le service d'authentification ne l'a pas "
                    + "confirmée. Recommencez depuis « Se connecter ».");
        }
        SignInTokens tokens = provider.exchangeCode(code, pending.codeVerifier(), pending.redirectUri());
        if (tokens == null) {
            throw new BadRequestException("La connexion n'a pas abouti : le code reçu n'est plus valable. "
                    + "Recommencez depuis « Se connecter ».");
        }
        // A new session id once signed in, so that an id planted before sign-in is worth nothing (fixation).
        request.changeSessionId();
        session.setAttribute(SignInTokens.SESSION_KEY, tokens);
        return seeOther(URI.create(pending.returnPath()));
    }

    static Response seeOther(URI location) {
        return Response.seeOther(location).header("Cache-Control", "no-store").build();
    }
}
