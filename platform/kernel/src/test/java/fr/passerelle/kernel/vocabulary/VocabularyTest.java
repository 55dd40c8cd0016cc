package fr.passerelle.kernel.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.api.Slugs;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final List<Term> ALL;

    static {
        List<Term> all = new java.util.ArrayList<>(List.of(Theme.values()));
        all.addAll(List.of(Audience.values()));
        ALL = List.copyOf(all);
    }

    @Test
    void codesAreSlugsAndUniqueWithinEachVocabulary() {
        for (Term t : ALL) {
            assertTrue(Slugs.isValid(t.code()), t.code());
            assertFalse(t.label().isBlank(), t.code());
        }
        Set<String> themes = new HashSet<>();
        for (Theme t : Theme.values()) {
            assertTrue(themes.add(t.code()), "duplicate " + t.code());
        }
        Set<String> audiences = new HashSet<>();
        for (Audience a : Audience.values()) {
            assertTrue(audiences.add(a.code()), "duplicate " + a.code());
        }
    }

    @Test
    void everyCodeFindsItsValueAndNothingElseMatches() {
        for (Theme t : Theme.values()) {
            assertEquals(Optional.of(t), Theme.fromCode(t.code()));
        }
        for (Audience a : Audience.values()) {
            assertEquals(Optional.of(a), Audience.fromCode(a.code()));
        }
        assertEquals(Optional.empty(), Theme.fromCode("Formation"), "codes are exact, not labels");
        assertEquals(Optional.empty(), Theme.fromCode(null));
        assertEquals(Optional.empty(), Audience.fromCode(""));
        assertEquals(Optional.empty(), Audience.fromCode("élus"));
    }

    @Test
    void audiencesAreTheSixOfThePlanWithFrenchLabels() {
        assertEquals(List.of("Élus", "Agents de collectivité", "Aidants et médiateurs", "Travailleurs sociaux",
                "Structures de médiation", "Grand public"), List.of(Audience.values()).stream().map(Audience::label).toList());
    }

    @Test
    void themesCoverPassNumeriqueAndStrategy() {
        assertEquals("Financement et Pass numérique", Theme.fromCode("financement-pass-numerique").orElseThrow().label());
        assertEquals("Stratégie territoriale d'inclusion numérique", Theme.fromCode("strategie-territoriale").orElseThrow().label());
    }

    @Test
    void codesListEveryValueInOrderForErrorMessages() {
        assertEquals("elus, agents-collectivite, aidants-mediateurs, travailleurs-sociaux, structures-mediation, "
                + "grand-public", Audience.codes());
        assertTrue(Theme.codes().startsWith("strategie-territoriale, reperage-orientation, "));
        assertEquals(Theme.values().length, Theme.codes().split(", ").length);
    }
}
