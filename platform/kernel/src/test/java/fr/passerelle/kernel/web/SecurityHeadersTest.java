package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void formsMayPostHereAndEndAtTheIdentityProviderOnly() {
        String csp = SecurityHeaders.policy("https://auth.example.gouv.fr/realms/passerelle");
        assertTrue(csp.contains("form-action 'self' https://auth.example.gouv.fr;"), csp);
        assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), csp);
    }

    @Test
    void theIssuerOriginKeepsItsPortAndNothingElse() {
        assertEquals("http://localhost:8180", SecurityHeaders.origin("http://localhost:8180/realms/passerelle"));
        assertThrows(IllegalStateException.class, () -> SecurityHeaders.origin("javascript:alert(1)"));
        assertThrows(IllegalStateException.class, () -> SecurityHeaders.origin("ftp://x.example/realms/p"));
    }
}
