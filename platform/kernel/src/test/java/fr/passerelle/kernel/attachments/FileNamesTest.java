package fr.passerelle.kernel.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void onlyTheLastSegmentOfAPathIsKept() {
        assertEquals("rapport.pdf", FileNames.clean("C:\\Users\\camille\\Documents\\rapport.pdf"));
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("fichier", FileNames.clean("dossier/"));
    }

    @Test
    void invisibleAndControlCharactersAreRemovedAndAccentsKept() {
        assertEquals("Compte rendu été.pdf", FileNames.clean("Compte\u0000 rendu\t\u0007 été.pdf"));
        assertEquals("photogpj.exe", FileNames.clean("photo\u202egpj.exe"), "no right-to-left override");
        assertEquals("zero.pdf", FileNames.clean("ze\u200bro.pdf"));
        String decomposed = "e\u0301te\u0301.odt";
        assertEquals("\u00e9t\u00e9.odt", FileNames.clean(decomposed), "composed (NFC)");
    }

    @Test
    void surroundingSpacesAndDotsGo() {
        assertEquals("notes.pdf", FileNames.clean("  ..notes.pdf. "));
        assertEquals("fichier", FileNames.clean(null));
        assertEquals("fichier", FileNames.clean(" . "));
    }

    @Test
    void longNamesAreCutKeepingTheirExtension() {
        String name = FileNames.clean("é".repeat(300) + ".docx");
        assertEquals(FileNames.MAX_LENGTH, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("éé.docx"), name);
        String emoji = FileNames.clean("😀".repeat(200) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, emoji.codePointCount(0, emoji.length()), "cut between code points");
    }

    @Test
    void extensionsAreShortAndHaveALetter() {
        assertEquals(Optional.of("pdf"), FileNames.extension("Rapport.PDF"));
        assertEquals(Optional.empty(), FileNames.extension("Rapport v1.2"));
        assertEquals(Optional.empty(), FileNames.extension(".profile"));
        assertEquals(Optional.empty(), FileNames.extension("archive.tar-gz"));
        assertEquals("Rapport v1.2.pdf", FileNames.withExtension("Rapport v1.2", FileKind.PDF));
    }

    @Test
    void downloadAddressesUseAsciiWordsAndTheKindsExtension() {
        assertEquals("compte-rendu-reunion-du-3-mars.pdf", FileNames.urlName("Compte rendu : réunion du 3 mars.PDF", FileKind.PDF));
        assertEquals("fichier.jpg", FileNames.urlName("日本.jpeg", FileKind.JPEG));
    }

    @Test
    void contentDispositionCarriesTheUtf8NameAndAnAsciiFallback() {
        assertEquals("inline; filename=\"Bilan ete _v2_.pdf\"; filename*=UTF-8''Bilan%20%C3%A9t%C3%A9%20%22v2%22.pdf",
                FileNames.contentDisposition("Bilan été \"v2\".pdf", true));
        assertTrue(FileNames.contentDisposition("a;b.docx", false).startsWith("attachment; filename=\"a;b.docx\"; filename*=UTF-8''a%3Bb.docx"));
    }
}
