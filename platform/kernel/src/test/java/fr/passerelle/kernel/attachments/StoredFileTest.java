package fr.passerelle.kernel.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StoredFileTest {

    @Test
    void sizesReadInFrench() {
        assertEquals("0 octet", StoredFile.sizeLabel(0));
        assertEquals("1 octet", StoredFile.sizeLabel(1));
        assertEquals("850 octets", StoredFile.sizeLabel(850));
        assertEquals("1 ko", StoredFile.sizeLabel(1024));
        assertEquals("1,5 ko", StoredFile.sizeLabel(1536));
        assertEquals("12 ko", StoredFile.sizeLabel(12_400));
        assertEquals("1,2 Mo", StoredFile.sizeLabel(1_258_291));
        assertEquals("20 Mo", StoredFile.sizeLabel(Attachments.MAX_BYTES));
        assertEquals("10 Mo", StoredFile.sizeLabel(10_480_000), "9,99… rounds to 10, without a decimal");
    }

    @Test
    void itsAddressNamesItsIdAndAnAsciiName() {
        StoredFile file = new StoredFile(42, "resources:resource:7", "Guide de l'aidant numérique.pdf", FileKind.PDF,
                1_258_291, "ab".repeat(32), OffsetDateTime.parse("2025-03-01T10:00:00Z"));
        assertEquals("/fichiers/42/guide-de-l-aidant-numerique.pdf", file.url());
        assertEquals("1,2 Mo", file.sizeLabel());
    }
}
