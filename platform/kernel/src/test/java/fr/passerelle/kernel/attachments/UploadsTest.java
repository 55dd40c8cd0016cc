package fr.passerelle.kernel.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.kernel.errors.InvalidInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void fileNamesReadByteByByteAreDecodedAgain() {
        String misread = new String("Été 2025.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Été 2025.pdf", Uploads.repairedUtf8(misread));
        assertEquals("Été 2025.pdf", Uploads.repairedUtf8("Été 2025.pdf"), "a right name stays");
        assertEquals("plain.pdf", Uploads.repairedUtf8("plain.pdf"));
        assertEquals("日本.pdf", Uploads.repairedUtf8("日本.pdf"));
    }

    @Test
    void aRawUploadNeedsAName() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Uploads.raw(" ", new ByteArrayInputStream(new byte[1])));
        assertEquals(Uploads.NAME_PARAMETER, refused.errors().get(0).getField());
        assertEquals("guide.pdf", Uploads.raw("guide.pdf", new ByteArrayInputStream(new byte[1])).filename());
    }

    @Test
    void aMissingFileIsRequired() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> Uploads.file(java.util.List.of()));
        assertEquals("fichier", refused.errors().get(0).getField());
    }
}
