package fr.passerelle.kernel.security;

import fr.passerelle.kernel.errors.Unavailable;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The application's one authentication mechanism. API calls and any request carrying
 * {@code Authorization: Bearer} go to MicroProfile JWT as they are. Browser requests are authenticated by the
 * session the OpenID Connect sign-in created ({@link SignInPages}): its access token, refreshed when due, is
 * verified by the same MicroProfile JWT mechanism, so the principal is a JsonWebToken either way and
 * {@link Caller} needs no second code path.
 *
 * <p>Jakarta Security 3 accepts a single mechanism bean; the MP-JWT one is added by Payara's extension, so this
 * one is an enabled alternative that keeps the other as its delegate.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class CompositeAuthentication implements HttpAuthenticationMechanism {

    @Inject
    BeanManager beans;

    @Inject
    IdentityProvider provider;

    private volatile HttpAuthenticationMechanism jwt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        if (authorization != null || path.equals("/api") || path.startsWith("/api/")) {
            AuthenticationStatus status = jwt().validateRequest(request, response, new NoErrorPage(context));
            if (status == AuthenticationStatus.SEND_FAILURE) {
                // RejectedTokenFilter answers 401 in French (problem+json on the API).
                request.setAttribute(RejectedTokenFilter.ATTRIBUTE, Boolean.TRUE);
                return context.doNothing();
            }
            return status;
        }
        if (path.startsWith("/static/")) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        SignInTokens tokens = session == null ? null : (SignInTokens) session.getAttribute(SignInTokens.SESSION_KEY);
        if (tokens == null) {
            return context.doNothing();
        }
        if (tokens.needsRefresh(Instant.now())) {
            try {
                tokens = provider.refresh(tokens);
            } catch (Unavailable down) {
                // Keycloak is away: keep the session for when it returns, browse anonymously meanwhile.
                return context.doNothing();
            }
            if (tokens == null) {
                session.removeAttribute(SignInTokens.SESSION_KEY);
                return context.doNothing();
            }
            session.setAttribute(SignInTokens.SESSION_KEY, tokens);
        }
        AuthenticationStatus status = jwt().validateRequest(new BearerRequest(request, tokens.accessToken()), response,
                new NoErrorPage(context));
        if (status != AuthenticationStatus.SUCCESS) {
            session.removeAttribute(SignInTokens.SESSION_KEY);
            return context.doNothing();
        }
        return status;
    }

    private HttpAuthenticationMechanism jwt() {
        HttpAuthenticationMechanism delegate = jwt;
        if (delegate == null) {
            List<Bean<?>> others = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(bean -> bean.getBeanClass() != CompositeAuthentication.class)
                    .toList();
            if (others.size() != 1) {
                throw new IllegalStateException("expected the MicroProfile JWT mechanism as the only other "
                        + "HttpAuthenticationMechanism, found " + others + " (is @LoginConfig(MP-JWT) present?)");
            }
            Bean<?> bean = others.get(0);
            CreationalContext<?> creation = beans.createCreationalContext(bean);
            delegate = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class, creation);
            jwt = delegate;
        }
        return delegate;
    }

    /**
     * MicroProfile JWT answers a refused token with {@code responseUnauthorized()}, which makes the container send
     * its own English HTML error page at once; refusals are reported back here instead and answered by the
     * application.
     */
    private static final class NoErrorPage extends HttpMessageContextWrapper {

        NoErrorPage(HttpMessageContext context) {
            super(context);
        }

        @Override
        public AuthenticationStatus responseUnauthorized() {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /** The browser request as MicroProfile JWT expects it: with the session's access token as bearer. */
    private static final class BearerRequest extends HttpServletRequestWrapper {

        private final String authorization;

        BearerRequest(HttpServletRequest request, String accessToken) {
            super(request);
            this.authorization = "Bearer " + accessToken;
        }

        @Override
        public String getHeader(String name) {
            return "Authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Authorization".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(authorization)) : super.getHeaders(name);
        }
    }
}
