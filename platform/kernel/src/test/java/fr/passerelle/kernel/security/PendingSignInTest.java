package fr.passerelle.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PendingSignInTest {

    @Test
    void codeChallengeIsTheS256OfTheVerifier() {
        // The example of RFC 7636, appendix B.
        PendingSignIn pending = new PendingSignIn("s", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "http://x/cb", "/");
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pending.codeChallenge());
    }

    @Test
    void eachSignInHasItsOwnUnguessableStateAndVerifier() {
        PendingSignIn a = PendingSignIn.start("http://x/cb", "/mon-espace");
        PendingSignIn b = PendingSignIn.start("http://x/cb", "/mon-espace");
        assertNotEquals(a.state(), b.state());
        assertNotEquals(a.codeVerifier(), b.codeVerifier());
        assertTrue(a.state().length() >= 43, "256 random bits");
        assertTrue(a.matches(a.state()));
        assertFalse(a.matches(b.state()));
        assertFalse(a.matches(null));
    }

    @Test
    void theReturnPathIsMadeSafeAtTheStart() {
        assertEquals("/", PendingSignIn.start("http://x/cb", "https://evil.example").returnPath());
    }
}
