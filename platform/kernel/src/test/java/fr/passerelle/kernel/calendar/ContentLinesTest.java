package fr.passerelle.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentLinesTest {

    @Test
    void shortLinesAreLeftAsTheyAre() {
        assertEquals("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ContentLines.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        String exactly75 = "X".repeat(75);
        assertEquals(exactly75 + "\r\n", ContentLines.fold(exactly75 + "\r\n"));
    }

    @Test
    void aFoldComesAfter75OctetsAndTheContinuationSpaceCounts() {
        String line = "D".repeat(75 + 74 + 1);
        assertEquals("D".repeat(75) + "\r\n " + "D".repeat(74) + "\r\n " + "D" + "\r\n", ContentLines.fold(line));
    }

    @Test
    void anAccentIsNeverCutInTwo() {
        // 74 octets, then "é" (2 octets) would make 76: it goes to the next line whole.
        String line = "A".repeat(74) + "éb";
        assertEquals("A".repeat(74) + "\r\n éb\r\n", ContentLines.fold(line));
    }

    @Test
    void norIsAnEmoji() {
        // 72 octets, then a four-octet emoji would make 76.
        String line = "A".repeat(72) + "😀z";
        assertEquals("A".repeat(72) + "\r\n 😀z\r\n", ContentLines.fold(line));
        // 71 + 4 = 75 exactly: it stays.
        assertEquals("A".repeat(71) + "😀\r\n z\r\n", ContentLines.fold("A".repeat(71) + "😀z"));
    }

    @Test
    void octetsAreCountedAsUtf8() {
        assertEquals(1, ContentLines.utf8Length('a'));
        assertEquals(2, ContentLines.utf8Length('é'));
        assertEquals(3, ContentLines.utf8Length('€'));
        assertEquals(4, ContentLines.utf8Length("😀".codePointAt(0)));
    }
}
