package fr.passerelle.kernel.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInTokensTest {

    @Test
    void refreshesShortlyBeforeTheAccessTokenEnds() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertFalse(new SignInTokens("a", "r", "i", now.plusSeconds(300)).needsRefresh(now));
        assertTrue(new SignInTokens("a", "r", "i", now.plusSeconds(10)).needsRefresh(now));
        assertTrue(new SignInTokens("a", "r", "i", now.minusSeconds(1)).needsRefresh(now));
    }
}
