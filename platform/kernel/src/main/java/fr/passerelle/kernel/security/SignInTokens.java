package fr.passerelle.kernel.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a browser session holds once signed in: the realm's tokens. Serializable because sessions are
 * replicated across Payara nodes. The access token is verified again on every request (see
 * {@link CompositeAuthentication}); the ID token only serves as the hint when signing out.
 */
public record SignInTokens(String accessToken, String refreshToken, String idToken, Instant accessExpiresAt)
        implements Serializable {

    public static final String SESSION_KEY = SignInTokens.class.getName();

    /** Refresh a little before the end, so that a token never expires between check and use. */
    public boolean needsRefresh(Instant now) {
        return now.isAfter(accessExpiresAt.minusSeconds(15));
    }
}
