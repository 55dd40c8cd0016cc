package fr.passerelle.kernel.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Every check an upload goes through, on real files made in the test. */
class UploadCheckTest {

    private static final long MAX = Attachments.MAX_BYTES;

    private record Result(FileKind kind, String filename, String text) {
    }

    private static Result check(String name, byte[] bytes) {
        try (UploadCheck.Checked checked = UploadCheck.check(name, new ByteArrayInputStream(bytes), MAX)) {
            assertEquals(bytes.length, checked.file().size());
            return new Result(checked.kind(), checked.filename(), checked.text());
        }
    }

    private static String refusal(String name, byte[] bytes) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> check(name, bytes));
        assertEquals(Uploads.FILE_FIELD, refused.errors().get(0).getField());
        String message = refused.errors().get(0).getMessage();
        assertTrue(message.startsWith("« "), message);
        return message;
    }

    @Test
    void aPdfIsRecognisedAndItsTextExtracted() throws IOException {
        Result pdf = check("Stratégie locale.pdf", TestFiles.pdf("Stratégie locale d'inclusion numérique",
                "Repérer, orienter, former."));
        assertEquals(FileKind.PDF, pdf.kind());
        assertEquals("Stratégie locale.pdf", pdf.filename());
        assertTrue(pdf.text().contains("Stratégie locale d'inclusion numérique"), pdf.text());
        assertTrue(pdf.text().contains("Repérer, orienter, former."), pdf.text());
    }

    @Test
    void aDocxIsRecognisedAndItsParagraphsAndTablesRead() throws IOException {
        Result docx = check("compte-rendu.docx", TestFiles.docx("Comité de pilotage du Pass numérique",
                "Décision : élargir aux communes rurales"));
        assertEquals(FileKind.DOCX, docx.kind());
        assertTrue(docx.text().contains("Comité de pilotage du Pass numérique\nDécision : élargir aux communes rurales"),
                docx.text());
        assertTrue(docx.text().contains("Cellule Nantes") && docx.text().contains("Cellule Lille"), docx.text());
    }

    @Test
    void anXlsxIsRecognisedAndItsCellsRead() throws IOException {
        Result xlsx = check("budget.xlsx", TestFiles.xlsx("Médiation numérique", "Équipement des tiers-lieux"));
        assertEquals(FileKind.XLSX, xlsx.kind());
        assertTrue(xlsx.text().contains("Médiation numérique") && xlsx.text().contains("Équipement des tiers-lieux"),
                xlsx.text());
    }

    @Test
    void anOdtIsRecognisedAndItsTextRead() throws IOException {
        Result odt = check("guide.odt", TestFiles.odt("<text:h>Former les aidants</text:h>"
                + "<text:p>Un<text:s text:c=\"2\"/>parcours<text:tab/>en <text:span>trois</text:span> étapes.</text:p>"
                + "<text:tracked-changes><text:changed-region><text:deletion><text:p>texte supprimé</text:p>"
                + "</text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:p>Fin<text:line-break/>du guide</text:p>"));
        assertEquals(FileKind.ODT, odt.kind());
        assertEquals("Former les aidants\nUn parcours en trois étapes.\nFin\ndu guide", odt.text());
    }

    @Test
    void anOdsIsRecognisedAndItsCellsRead() throws IOException {
        Result ods = check("indicateurs.ods", TestFiles.ods("<table:table table:name=\"Indicateurs\"><table:table-row>"
                + "<table:table-cell><text:p>Personnes accompagnées</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"1250\"><text:p>1250</text:p></table:table-cell>"
                + "</table:table-row></table:table>"));
        assertEquals(FileKind.ODS, ods.kind());
        assertEquals("Personnes accompagnées\n1250", ods.text());
    }

    @Test
    void imagesAreRecognisedWithoutText() throws IOException {
        Result png = check("carte.png", TestFiles.image("png"));
        assertEquals(FileKind.PNG, png.kind());
        assertEquals("", png.text());
        Result jpeg = check("Photo atelier.JPEG", TestFiles.image("jpg"));
        assertEquals(FileKind.JPEG, jpeg.kind());
        assertEquals("Photo atelier.JPEG", jpeg.filename(), "an accepted extension is kept as written");
    }

    @Test
    void aJpegNamedPdfIsRefusedWithWhatItReallyIs() throws IOException {
        String message = refusal("rapport.pdf", TestFiles.image("jpg"));
        assertEquals("« rapport.pdf » est en réalité une image JPEG, alors que son nom se termine par .pdf : "
                + "choisissez le bon fichier ou, si c'est bien celui-ci, renommez-le en .jpg", message);
    }

    @Test
    void aNameWithoutExtensionGetsTheOneOfItsContent() throws IOException {
        assertEquals("rapport.pdf", check("rapport", TestFiles.pdf("x")).filename());
        assertEquals("Rapport v1.2.pdf", check("Rapport v1.2", TestFiles.pdf("x")).filename());
        assertEquals("fichier.png", check("  ", TestFiles.image("png")).filename());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return '%';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '%');
                read[0] += len;
                return len;
            }
        };
        InvalidInput refused = assertThrows(InvalidInput.class, () -> UploadCheck.check("gros.pdf", endless, MAX));
        assertEquals("« gros.pdf » dépasse la taille maximale de 20 Mo : réduisez le fichier (images moins lourdes, "
                + "PDF optimisé) ou partagez-le en plusieurs parties", refused.errors().get(0).getMessage());
        assertTrue(read[0] <= MAX + 64 * 1024, "read " + read[0] + " bytes of a 25 MB upload");
        assertTrue(read[0] > MAX);
    }

    @Test
    void aZipBombDisguisedAsDocxIsRefusedFromItsDirectory() throws IOException {
        byte[] bomb = TestFiles.docxBomb(64L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        String message = refusal("bilan.docx", bomb);
        assertTrue(message.contains("archive piégée") && message.contains("compressé plus de 100 fois"), message);
    }

    @Test
    void anArchiveOfTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(TestFiles.ooxml("word/document.xml", TestFiles.DOCX_MAIN, "").get("[Content_Types].xml"));
            for (int i = 0; i <= ArchiveLimits.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/" + i + ".xml"));
            }
        }
        assertTrue(refusal("liste.docx", bytes.toByteArray()).contains("plus de 5000 éléments"));
    }

    @Test
    void emptyAndUnknownContentIsRefused() throws IOException {
        assertEquals("« vide.pdf » est vide : choisissez un fichier qui contient quelque chose", refusal("vide.pdf", new byte[0]));
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = 0x00;
        assertTrue(refusal("données.pdf", garbage).contains("n'est pas d'un format que Passerelle reconnaît. "
                + "Formats acceptés : PDF, ODT, DOCX, ODS, XLSX, PNG et JPEG"));
    }

    @Test
    void filesOfOtherTypesAreNamed() throws IOException {
        assertTrue(refusal("notes.pdf", "Réunion du 3 mars\n".getBytes(StandardCharsets.UTF_8)).contains("est un fichier texte"));
        assertTrue(refusal("page.pdf", "<!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .contains("est une page HTML"));
        assertTrue(refusal("logo.png", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8)).contains("est une image SVG"));
        assertTrue(refusal("anim.png", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)).contains("est une image GIF"));
        assertTrue(refusal("outil.pdf", "MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1)).contains("programme exécutable"));
        assertTrue(refusal("archive.docx", TestFiles.zip(Map.of("a.txt", "a".getBytes(StandardCharsets.UTF_8))))
                .contains("est une archive ZIP, un format que Passerelle n'accepte pas"));
        Map<String, byte[]> pptx = TestFiles.ooxml("ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "<p/>");
        assertTrue(refusal("diapos.pptx", TestFiles.zip(pptx)).contains("une présentation PowerPoint (PPTX)"));
        assertTrue(refusal("diapos.odp", TestFiles.openDocument("application/vnd.oasis.opendocument.presentation", "", false))
                .contains("une présentation OpenDocument (ODP)"));
    }

    @Test
    void lockedOrDamagedDocumentsAreRefused() throws IOException {
        assertTrue(refusal("secret.pdf", TestFiles.pdf(TestFiles.password("proprietaire", "lecteur"), "secret"))
                .contains("protégé par un mot de passe"));
        assertTrue(refusal("casse.pdf", "%PDF-1.7\nce n'est pas un PDF".getBytes(StandardCharsets.US_ASCII))
                .contains("document PDF endommagé"));
        assertTrue(refusal("chiffre.odt", TestFiles.openDocument(TestFiles.ODT_TYPE, "<office:text/>", true))
                .contains("protégé par un mot de passe"));
        Map<String, byte[]> noMain = TestFiles.ooxml("word/document.xml", TestFiles.DOCX_MAIN, "");
        noMain.remove("word/document.xml");
        assertTrue(refusal("vide.docx", TestFiles.zip(noMain)).contains("endommagé"));
        Map<String, byte[]> badXml = TestFiles.ooxml("word/document.xml", TestFiles.DOCX_MAIN, "<w:document><w:body>");
        assertTrue(refusal("tronque.docx", TestFiles.zip(badXml)).contains("endommagé"));
        byte[] png = TestFiles.image("png");
        assertTrue(refusal("coupee.png", java.util.Arrays.copyOf(png, 12)).contains("image endommagée"));
    }

    @Test
    void aPdfProtectedOnlyAgainstEditingIsAccepted() throws IOException {
        Result pdf = check("diffusion.pdf", TestFiles.pdf(TestFiles.password("proprietaire", ""), "Texte lisible"));
        assertTrue(pdf.text().contains("Texte lisible"), pdf.text());
    }

    @Test
    void officeBinaryContainersAreRefusedForWhatTheyAre() throws IOException {
        assertTrue(refusal("budget.xlsx", compoundDocument("EncryptedPackage")).contains("document Office protégé par un mot de passe"));
        assertTrue(refusal("ancien.doc", compoundDocument("WordDocument")).contains("un document Word à l'ancien format (DOC)"));
    }

    @Test
    void macrosAreRefused() throws IOException {
        Map<String, byte[]> docm = TestFiles.ooxml("word/document.xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml", "<w:document/>");
        assertTrue(refusal("macro.docx", TestFiles.zip(docm)).contains("un document Word avec macros (DOCM)"));
        Map<String, byte[]> hidden = TestFiles.ooxml("word/document.xml", TestFiles.DOCX_MAIN, "<w:document/>");
        hidden.put("word/vbaProject.bin", new byte[] {1, 2, 3});
        assertTrue(refusal("cache.docx", TestFiles.zip(hidden)).contains("contient des macros"));
    }

    @Test
    void anImageTooLargeForBrowsersIsRefused() throws IOException {
        byte[] png = TestFiles.image("png");
        // IHDR width and height, bytes 16 to 23
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(50_000).putInt(50_000);
        assertTrue(refusal("immense.png", png).contains("image trop grande (50000 × 50000 pixels)"));
    }

    /** A one-page PDF whose content is {@code filler} repeated up to {@code bytes}, deflated, then the word "fin". */
    private static Path pdfWithContent(byte[] filler, long bytes) throws IOException {
        Path pdf = Files.createTempFile("contenu", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                TestFiles.repeat(out, filler, bytes);
            }
            page.setContents(stream);
            try (PDPageContentStream text = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.showText("fin");
                text.endText();
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void aPdfWhosePageInflatesWithoutMeasureIsRefused() throws IOException {
        // 16 Mo of spaces deflate to about 16 ko; PDFBox would hold them decoded in memory (and 20 Mo could hold 20 Go).
        Path pdf = pdfWithContent(" ".repeat(4096).getBytes(StandardCharsets.US_ASCII), 16L * 1024 * 1024);
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            assertTrue(bytes.length < 1024 * 1024, "small on the wire: " + bytes.length);
            assertTrue(refusal("bombe.pdf", bytes).contains("fichier piégé"));
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void aPdfTooHeavyToReadIsMeasuredBeforeItsPagesAreRead() throws IOException {
        byte[] drawing = new byte[64 * 1024];
        Random random = new Random(3);
        for (int i = 0; i < drawing.length; i++) {
            drawing[i] = (byte) "0123456789 .\n".charAt(random.nextInt(13));
        }
        Path pdf = pdfWithContent(drawing, 3L * 1024 * 1024);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            ExtractedText out = new ExtractedText(1000, java.time.Duration.ofMinutes(1));
            assertEquals(PdfStreamBudget.Verdict.READ, PdfStreamBudget.check(doc.getDocument(), out));
            assertEquals(PdfStreamBudget.Verdict.TOO_MUCH, PdfStreamBudget.check(doc.getDocument(), out,
                    1024 * 1024, 64L * 1024 * 1024), "one stream over its budget");
            assertEquals(PdfStreamBudget.Verdict.TOO_MUCH, PdfStreamBudget.check(doc.getDocument(), out,
                    64L * 1024 * 1024, 2L * 1024 * 1024), "over the total budget");
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void extractedTextIsBounded() {
        ExtractedText text = new ExtractedText(10, java.time.Duration.ofMinutes(1));
        text.append("0123456");
        assertFalse(text.shouldStop());
        text.append("789abc");
        assertTrue(text.shouldStop());
        assertEquals("0123456789", text.text());
        ExtractedText late = new ExtractedText(10, java.time.Duration.ZERO);
        assertTrue(late.shouldStop(), "past its parse time");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = spooled(tmp);
        check("a.pdf", TestFiles.pdf("a"));
        refusal("b.pdf", TestFiles.image("png"));
        refusal("c.pdf", new byte[0]);
        assertEquals(before, spooled(tmp));
    }

    private static long spooled(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("passerelle-fichier-")).count();
        }
    }

    private static byte[] compoundDocument(String streamName) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void detectionDoesNotDependOnTheName() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sans-nom", TestFiles.docx("a"));
        assertEquals(FileKind.DOCX, check("sans-nom", files.get("sans-nom")).kind());
        assertEquals("sans-nom.docx", check("sans-nom", files.get("sans-nom")).filename());
    }
}
