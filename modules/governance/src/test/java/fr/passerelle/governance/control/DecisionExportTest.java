package fr.passerelle.governance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.governance.entity.Adoption;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Readership;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionExportTest {

    @Test
    void theRegisterIsQuotedCsvAndFormulasStayText() {
        Body body = new Body("comite", OffsetDateTime.now());
        Decision d = new Decision(1, 2, 3, 2026, 7, DecisionNumbers.format("INP", 2026, 7), LocalDate.of(2026, 3, 12),
                OffsetDateTime.now());
        d.describe("=HYPERLINK(\"http://exemple.fr\")", "Texte, avec \"guillemets\"\net retour à la ligne", Adoption.VOTE,
                12, 1, 2, Readership.PUBLIC);
        String csv = new DecisionExport().csv(body, List.of(d));
        String[] lines = csv.split("\r\n", 2);
        assertEquals("numero,date,intitule,texte,adoption,pour,contre,abstentions,visibilite,adresse", lines[0]);
        assertTrue(lines[1].startsWith("INP-2026-07,2026-03-12,\"'=HYPERLINK(\"\"http://exemple.fr\"\")\""), lines[1]);
        assertTrue(lines[1].contains("\"Texte, avec \"\"guillemets\"\"\net retour à la ligne\""), lines[1]);
        assertTrue(lines[1].contains(",Vote,12,1,2,Public,/gouvernance/comite/decisions/INP-2026-07"), lines[1]);
    }

    @Test
    void numbersHaveTwoDigitsAtLeast() {
        assertEquals("INP-2026-01", DecisionNumbers.format("INP", 2026, 1));
        assertEquals("INP-2026-123", DecisionNumbers.format("INP", 2026, 123));
    }
}
