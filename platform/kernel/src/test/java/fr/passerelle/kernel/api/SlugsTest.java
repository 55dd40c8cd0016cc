package fr.passerelle.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsPunctuationAndCase() {
        assertEquals("numerique-en-commun-s-2018", Slugs.of("Numérique en Commun[s] 2018"));
        assertEquals("l-inclusion-numerique-coeur-du-plan", Slugs.of("  L'inclusion numérique : cœur du plan ! "));
        assertEquals("", Slugs.of("😀 <>"));
    }

    @Test
    void capsTheLengthWithoutTrailingHyphen() {
        String slug = Slugs.of("mot ".repeat(100));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
        assertTrue(Slugs.isValid(slug));
    }

    @Test
    void validatesTheShape() {
        assertTrue(Slugs.isValid("pass-numerique"));
        assertFalse(Slugs.isValid("Pass-numerique"));
        assertFalse(Slugs.isValid("pass--numerique"));
        assertFalse(Slugs.isValid("-pass"));
        assertFalse(Slugs.isValid("pass numérique"));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid(null));
        assertFalse(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1)));
    }
}
