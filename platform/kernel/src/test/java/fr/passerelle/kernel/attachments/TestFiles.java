package fr.passerelle.kernel.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import fr.passerelle.testkit.SampleFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Real files of every kind, made by other code than the one reading them: PDFBox and ImageIO (through the
 * testkit's SampleFiles), POI for DOCX and XLSX, the JDK's ZIP for OpenDocument.
 */
final class TestFiles {

    static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
    static final String ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private TestFiles() {
    }

    static byte[] pdf(String... lines) {
        return SampleFiles.pdf(lines);
    }

    /** A PDF encrypted as the policy says. */
    static byte[] pdf(StandardProtectionPolicy protection, String... lines) throws IOException {
        try (PDDocument doc = Loader.loadPDF(SampleFiles.pdf(lines)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.protect(protection);
            doc.save(out);
            return out.toByteArray();
        }
    }

    static StandardProtectionPolicy password(String owner, String user) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return policy;
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Cellule Nantes");
            table.getRow(0).getCell(1).setText("Cellule Lille");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String... cells) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Budget");
            for (int i = 0; i < cells.length; i++) {
                XSSFRow row = sheet.createRow(i);
                row.createCell(0).setCellValue(cells[i]);
                row.createCell(1).setCellValue(1200.5 * (i + 1));
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument package as the specification lays it out: "mimetype" first and stored, then the XML. */
    static byte[] openDocument(String mimetype, String bodyXml, boolean encrypted) throws IOException {
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"" + office
                + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
                + "<office:body>" + bodyXml + "</office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest="
                + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                + (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>" : "")
                + "</manifest:file-entry></manifest:manifest>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static byte[] odt(String bodyXml) throws IOException {
        return openDocument(ODT_TYPE, "<office:text>" + bodyXml + "</office:text>", false);
    }

    static byte[] ods(String tableXml) throws IOException {
        return openDocument(ODS_TYPE, "<office:spreadsheet>" + tableXml + "</office:spreadsheet>", false);
    }

    /** A ZIP of the entries in order; "mimetype" is stored uncompressed, the others deflated. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An Office Open XML package of one main part of the given content type. */
    static Map<String, byte[]> ooxml(String mainPart, String mainType, String mainXml) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
        entries.put(mainPart, mainXml.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /**
     * A "DOCX" whose document part inflates to {@code inflated} bytes of zeros: a few hundred kilobytes on the
     * wire. Written with the JDK's ZIP, which records the true sizes; the check must refuse it from them alone.
     */
    static byte[] docxBomb(long inflated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            Map<String, byte[]> head = ooxml("word/document.xml", DOCX_MAIN, "");
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(head.get("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflated; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] image(String format) {
        return SampleFiles.image(format, 40);
    }

    /** Writes {@code n} bytes of the pattern without holding them. */
    static void repeat(OutputStream out, byte[] pattern, long n) throws IOException {
        for (long written = 0; written < n; written += pattern.length) {
            out.write(pattern, 0, (int) Math.min(pattern.length, n - written));
        }
    }
}
