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
    void firstFreeNumbersTakenSlugsWithinTheMaximumLength() {
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.List.of("ateliers", "ateliers-2"));
        assertEquals("ateliers-3", Slugs.firstFree("Ateliers", "initiative", taken::contains));
        assertEquals("publics", Slugs.firstFree("Publics", "initiative", taken::contains));
        assertEquals("initiative", Slugs.firstFree("😀 !", "initiative", taken::contains), "fallback for a title without letters");
        String base = Slugs.of("mot-".repeat(40));
        java.util.Set<String> full = new java.util.HashSet<>(java.util.List.of(base));
        String numbered = Slugs.firstFree("mot-".repeat(40), "x", full::contains);
        assertTrue(numbered.endsWith("-2") && numbered.length() <= Slugs.MAX_LENGTH && Slugs.isValid(numbered), numbered);
        String cut = "a".repeat(Slugs.MAX_LENGTH - 3) + "-bb";
        String renumbered = Slugs.firstFree(cut, "x", java.util.Set.of(cut)::contains);
        assertTrue(Slugs.isValid(renumbered), "no double hyphen where the base is cut: " + renumbered);
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
