package fr.passerelle.kernel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe() {
        for (String formula : List.of("=1+1", "+33 1 23", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "=HYPERLINK(\"http://exemple.fr\",\"clic\")", "\uFF1D1+1")) {
            assertEquals("'" + formula, CsvCells.defused(formula), formula);
        }
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        for (String text : List.of("Pass numérique", "L'inclusion = un enjeu", "'déjà protégé", " =espace d'abord",
                "2024-01-01", "https://exemple.fr")) {
            assertEquals(text, CsvCells.defused(text), text);
        }
        assertEquals("", CsvCells.defused(null));
        assertEquals("", CsvCells.defused(""));
    }
}
