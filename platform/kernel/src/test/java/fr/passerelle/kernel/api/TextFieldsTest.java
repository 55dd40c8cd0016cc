package fr.passerelle.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

    private static String line(String value, int max) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String result = TextFields.line(errors, "title", value, max);
        errors.throwIfAny();
        return result;
    }

    @Test
    void trimsAndAcceptsEmojiCountedAsOneCharacter() {
        assertEquals("Atelier 😀", line("  Atelier 😀 ", 9));
    }

    @Test
    void refusesEmptyTooLongAndControlCharacters() {
        assertTrue(assertThrows(InvalidInput.class, () -> line("   ", 10)).getMessage().contains("obligatoire"));
        assertTrue(assertThrows(InvalidInput.class, () -> line("x".repeat(11), 10)).getMessage().contains("10"));
        assertThrows(InvalidInput.class, () -> line("a\u0000b", 10));
        assertThrows(InvalidInput.class, () -> line("a\nb", 10));
    }

    @Test
    void multiLineTextKeepsLineBreaksButNotOtherControls() {
        InvalidInput.Collector ok = new InvalidInput.Collector();
        assertEquals("a\nb", TextFields.text(ok, "body", "a\nb", 10));
        assertTrue(ok.isEmpty());
        InvalidInput.Collector bad = new InvalidInput.Collector();
        TextFields.text(bad, "body", "a\u0007b", 10);
        assertThrows(InvalidInput.class, bad::throwIfAny);
    }
}
