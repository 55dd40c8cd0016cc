package fr.passerelle.governance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.DecisionCounter;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.MemberRole;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.Readership;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules held by the entities: late is derived, mandates bound membership, published minutes do not change. */
class GovernanceRulesTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

    @Test
    void lateMeansDuePassedAndNotClosed() {
        Action a = new Action(1, null, NOW);
        a.assign(5L, null, Set.of(5L, 6L), LocalDate.of(2026, 11, 30));
        assertEquals(Set.of(6L), a.getContributorIds(), "the owner is not their own contributor");
        assertTrue(a.isLate(LocalDate.of(2026, 12, 1)));
        assertFalse(a.isLate(LocalDate.of(2026, 11, 30)), "due today is not late yet");
        a.advance(ActionStatus.FAITE, 30, null, NOW);
        assertEquals(100, a.getProgress(), "done is 100 %");
        assertFalse(a.isLate(LocalDate.of(2027, 1, 1)));
        a.advance(ActionStatus.ABANDONNEE, 30, "remplacée", NOW);
        assertFalse(a.isLate(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void onlySittingMembersCount() {
        Member m = new Member(1, "Membre", null, NOW);
        m.describe("Marc", "Commune", 2, MemberRole.MEMBRE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), false);
        assertEquals("membre", m.getUsername(), "usernames compared in lower case");
        assertTrue(m.sitsOn(LocalDate.of(2026, 6, 30)));
        assertFalse(m.sitsOn(LocalDate.of(2026, 7, 1)));
        assertFalse(m.sitsOn(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void publishedMinutesAreNotEditableAndAnErratumIsANewVersion() {
        Minutes m = new Minutes(1, 1, "Texte", Readership.MEMBERS, NOW);
        assertTrue(m.isEditable());
        m.openReview(LocalDate.of(2026, 12, 15), NOW);
        assertTrue(m.isEditable());
        m.approve(Minutes.APPROVED_AFTER_DEADLINE, null, null, NOW);
        assertFalse(m.isEditable());
        m.publish(Readership.PUBLIC, NOW);
        Minutes next = Minutes.erratum(m, "Texte corrigé", "coquille", NOW);
        assertEquals(2, next.getVersion());
        assertTrue(next.isPublished());
        assertEquals(Readership.PUBLIC, next.getVisibility());
        assertEquals("Texte", m.getText());
    }

    @Test
    void theFrozenFollowUpAlwaysFitsTheAgendaNotes() {
        // A hundred open actions with long titles and emoji (two UTF-16 units each, as H2 counts) used to make
        // "mark as held" fail on the notes column (20,000).
        List<ActionSummary> open = new java.util.ArrayList<>();
        for (long i = 0; i < 100; i++) {
            open.add(new ActionSummary(i, "Action 🚲 ".repeat(20) + i, "Marc Dubois (Commune)", 5L, 1L,
                    LocalDate.of(2026, 1, 1), "1 janvier 2026", "en-cours", "En cours", 40, true, false, "public", "/x"));
        }
        String notes = ActionFollowUp.snapshot(open);
        assertTrue(notes.length() <= ActionFollowUp.NOTES_MAX, notes.length() + " units");
        assertTrue(notes.startsWith("- Action 🚲"), notes.substring(0, 40));
        String last = notes.lines().reduce((a, b) -> b).orElseThrow();
        int shown = (int) notes.lines().filter(l -> l.startsWith("- ")).count();
        assertEquals("… et " + (100 - shown) + " autres actions ouvertes, à voir sur la page de l'instance.", last);
        assertEquals("Aucune action ouverte.", ActionFollowUp.snapshot(List.of()));
        assertEquals(3, ActionFollowUp.snapshot(open.subList(0, 3)).lines().count(), "a short list is whole");
    }

    @Test
    void theCounterNeverGivesANumberAlreadyTaken() {
        DecisionCounter c = new DecisionCounter(1, 2026);
        assertEquals(1, c.next(0));
        assertEquals(10, c.next(9), "imported decisions up to 9");
        assertEquals(11, c.next(9));
    }

    @Test
    void reservedDocumentsAreForTheBodyTheSecretariatAndAdmins() {
        Body body = new Body("comite", NOW);
        assertEquals(List.of("public"), Readers.grants(body, Readership.PUBLIC));
        assertEquals(List.of("body:comite", "role:secretariat", "role:admin"), Readers.grants(body, Readership.MEMBERS));
    }
}
