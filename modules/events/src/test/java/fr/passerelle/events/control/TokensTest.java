package fr.passerelle.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void managementTokensAreLongRandomAndStoredAsTheirHash() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = Tokens.managementToken();
            assertTrue(Tokens.looksLikeToken(token), token);
            assertTrue(seen.add(token));
        }
        String token = Tokens.managementToken();
        assertEquals(64, Tokens.hash(token).length());
        assertEquals(Tokens.hash(token), Tokens.hash(token));
        assertNotEquals(Tokens.hash(token), Tokens.hash(Tokens.managementToken()));
        assertFalse(Tokens.looksLikeToken("../../etc/passwd"));
        assertFalse(Tokens.looksLikeToken(null));
    }

    @Test
    void checkInCodesAvoidLookalikeCharactersAndTypedCodesAreNormalised() {
        for (int i = 0; i < 200; i++) {
            String code = Tokens.checkinCode();
            assertTrue(code.matches("[A-HJ-KM-NP-Z2-9]{5}-[A-HJ-KM-NP-Z2-9]{5}"), code);
            assertEquals(code, Tokens.normaliseCode(" " + code.toLowerCase().replace("-", " ") + " "));
        }
        assertEquals("", Tokens.normaliseCode(null));
    }
}
