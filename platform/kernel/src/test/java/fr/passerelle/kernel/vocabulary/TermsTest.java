package fr.passerelle.kernel.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void knownCodesInOrderWithoutRepeats() {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Set<Theme> themes = Terms.fromCodes(errors, "themes", "thème",
                List.of(" formation ", "strategie-territoriale", "formation"), Theme.class);
        assertTrue(errors.isEmpty());
        assertEquals(List.of(Theme.fromCode("formation").orElseThrow(), Theme.fromCode("strategie-territoriale").orElseThrow()),
                List.copyOf(themes));
        assertTrue(Terms.fromCodes(errors, "themes", "thème", null, Theme.class).isEmpty());
    }

    @Test
    void everyUnknownCodeIsNamedInOneMessageOnTheField() {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Terms.fromCodes(errors, "audiences", "public", Arrays.asList("elus", "maires", null), Audience.class);
        InvalidInput e = assertThrows(InvalidInput.class, errors::throwIfAny);
        assertEquals(1, e.errors().size());
        assertEquals("audiences", e.errors().get(0).getField());
        String message = e.errors().get(0).getMessage();
        assertTrue(message.startsWith("contient des publics inconnus : « maires », « (vide) »"), message);
        assertTrue(message.contains("grand-public"), "the valid codes are listed: " + message);
    }

    @Test
    void aHugeListIsNotEchoedWhole() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add("x".repeat(200) + i);
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Terms.fromCodes(errors, "themes", "thème", codes, Theme.class);
        String message = assertThrows(InvalidInput.class, errors::throwIfAny).errors().get(0).getMessage();
        assertTrue(message.length() < 2_000, message.length() + " characters");
        assertTrue(message.contains("et 9995 autres"), message);
    }
}
