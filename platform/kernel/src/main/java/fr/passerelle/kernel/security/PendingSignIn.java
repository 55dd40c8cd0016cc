package fr.passerelle.kernel.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A sign-in under way, kept in the browser's session between the redirect to Keycloak and its return:
 * the {@code state} that binds the answer to this session (no login CSRF), the PKCE verifier that binds the
 * code to this client, and where to go back.
 */
public record PendingSignIn(String state, String codeVerifier, String redirectUri, String returnPath)
        implements Serializable {

    public static final String SESSION_KEY = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PendingSignIn start(String redirectUri, String returnPath) {
        return new PendingSignIn(random(), random(), redirectUri, ReturnPath.safe(returnPath));
    }

    /** The S256 code challenge sent with the authorization request. */
    public String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison with the state Keycloak sent back. */
    public boolean matches(String returnedState) {
        return returnedState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                returnedState.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
