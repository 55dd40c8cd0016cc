package fr.passerelle.governance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.kernel.errors.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @Test
    void datesOutsideTwoThousandToTwoThousandHundredAreMistakes() {
        var errors = new InvalidInput.Collector();
        assertNull(InputRules.date(errors, "dueDate", "1900-01-01"));
        assertNull(InputRules.date(errors, "dueDate", "2027-02-30"));
        assertNull(InputRules.date(errors, "dueDate", ""));
        assertFalse(errors.isEmpty());
        var fine = new InvalidInput.Collector();
        assertEquals(LocalDate.of(2027, 1, 15), InputRules.date(fine, "dueDate", " 2027-01-15 "));
        assertTrue(fine.isEmpty());
    }

    @Test
    void dateTimesWithoutOffsetAreParisTime() {
        var errors = new InvalidInput.Collector();
        var winter = InputRules.dateTime(errors, "startsAt", "2027-01-21T14:00");
        var summer = InputRules.dateTime(errors, "startsAt", "2026-06-18T10:00");
        assertEquals(ZoneOffset.ofHours(1), winter.getOffset());
        assertEquals(ZoneOffset.ofHours(2), summer.getOffset());
        assertEquals(ZoneOffset.ofHours(-5), InputRules.dateTime(errors, "startsAt", "2027-01-21T14:00:00-05:00").getOffset());
        assertTrue(errors.isEmpty());
    }

    @Test
    void onlyWebLinksAreEvidence() {
        var errors = new InvalidInput.Collector();
        assertEquals("https://exemple.fr/a.pdf", InputRules.webLink(errors, "evidence", "https://exemple.fr/a.pdf"));
        assertTrue(errors.isEmpty());
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,x", "ftp://exemple.fr", "/relatif",
            "https://exemple.fr/a b", "http://"}) {
            var e = new InvalidInput.Collector();
            assertNull(InputRules.webLink(e, "evidence", bad), bad);
            assertFalse(e.isEmpty(), bad);
        }
    }

    @Test
    void termsAndNumbersAndIds() {
        var errors = new InvalidInput.Collector();
        assertEquals(ActionStatus.EN_COURS, InputRules.term(errors, "status", "en-cours", ActionStatus.class, null));
        assertEquals(ActionStatus.A_FAIRE, InputRules.term(errors, "status", null, ActionStatus.class, ActionStatus.A_FAIRE));
        assertTrue(errors.isEmpty());
        InputRules.term(errors, "status", "terminee", ActionStatus.class, null);
        InputRules.number(errors, "progress", 150, 0, 100);
        assertFalse(errors.isEmpty());
        assertTrue(InputRules.id("12").isPresent());
        assertTrue(InputRules.id("-1").isEmpty() && InputRules.id("1e3").isEmpty() && InputRules.id("9".repeat(30)).isEmpty());
    }
}
