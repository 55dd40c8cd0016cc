package fr.passerelle.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token every state-changing form carries in the hidden field {@value #FIELD}: one random value
 * per session, which another site cannot read and so cannot send. Templates write it as {@code $csrf.token}.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    static final String SESSION_KEY = Csrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The session's token, creating the session and the token on first use. */
    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_KEY);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_KEY, created);
        return created;
    }

    public static boolean matches(HttpServletRequest request, String submitted) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_KEY);
        return expected instanceof String token && submitted != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** What templates see as {@code $csrf}: the token is made (with the session) only if a form asks for it. */
    public record ForTemplates(HttpServletRequest request) {
        public String getToken() {
            return token(request);
        }

        public String getField() {
            return FIELD;
        }
    }
}
