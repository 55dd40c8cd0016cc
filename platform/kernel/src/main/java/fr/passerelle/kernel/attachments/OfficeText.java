package fr.passerelle.kernel.attachments;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of DOCX, XLSX, ODT and ODS files, read as a stream from their XML parts (StAX): memory stays flat
 * whatever the size, reading stops at the text budget, and the parts themselves are bounded by
 * {@link ArchiveLimits}. Apache POI, which builds the whole document in memory, is not needed for that.
 *
 * <p>Each format is a small vocabulary of element names (namespaces do not matter: Word's {@code w:t} and
 * DrawingML's {@code a:t} are both text): where text is, where a paragraph ends, what is a tab or a line
 * break, and what to skip (deleted text, duplicates kept for old readers).
 */
final class OfficeText {

    /** The element names that shape text in one format. */
    record Vocabulary(Set<String> text, Set<String> paragraphs, Set<String> tabs, Set<String> breaks,
                      Set<String> skipped, String spaces) {
    }

    /** Word: runs of text in {@code t}; {@code mc:Fallback} repeats text boxes for old readers. */
    static final Vocabulary WORDPROCESSING = new Vocabulary(Set.of("t"), Set.of("p", "tr"), Set.of("tab"),
            Set.of("br", "cr"), Set.of("Fallback", "instrText", "delText"), null);

    /** Excel: shared strings {@code si} and inline strings {@code is}, their runs {@code t}; phonetic guides skipped. */
    static final Vocabulary SPREADSHEET = new Vocabulary(Set.of("t"), Set.of("si", "is"), Set.of(), Set.of(),
            Set.of("rPh"), null);

    /** OpenDocument: everything inside paragraphs and headings; tracked deletions and comments skipped. */
    static final Vocabulary OPEN_DOCUMENT = new Vocabulary(Set.of("p", "h"), Set.of("p", "h"), Set.of("tab"),
            Set.of("line-break"), Set.of("tracked-changes", "annotation", "note-citation"), "s");

    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final List<String> WORD_PARTS = List.of(WORD_MAIN,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    private static final List<String> SHEET_PARTS = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");

    static final String DAMAGED = "est un document endommagé, que Passerelle ne peut pas lire : enregistrez-le de "
            + "nouveau depuis votre logiciel, puis déposez-le";
    static final String FORGED = "ressemble à une archive piégée : un élément se décompresse en plus qu'il ne "
            + "l'annonce. Passerelle ne l'ouvre pas";

    private OfficeText() {
    }

    static void extract(FileKind kind, File file, ExtractedText out) throws Unreadable {
        try (ZipFile zip = new ZipFile(file)) {
            OfficeZip office = new OfficeZip(zip, new ArchiveLimits());
            List<ZipEntry> parts = new ArrayList<>();
            Vocabulary vocabulary;
            if (kind == FileKind.ODT || kind == FileKind.ODS) {
                office.entry("content.xml").ifPresent(parts::add);
                vocabulary = OPEN_DOCUMENT;
            } else {
                Map<String, String> types = office.contentTypes();
                for (String type : kind == FileKind.DOCX ? WORD_PARTS : SHEET_PARTS) {
                    office.partsOfType(types, type).forEach(p -> office.entry(p).ifPresent(parts::add));
                }
                vocabulary = kind == FileKind.DOCX ? WORDPROCESSING : SPREADSHEET;
            }
            if (parts.isEmpty()) {
                throw new Unreadable(DAMAGED);
            }
            for (ZipEntry part : parts) {
                if (out.shouldStop()) {
                    return;
                }
                try (InputStream in = office.open(part)) {
                    read(in, vocabulary, out);
                }
                out.endParagraph();
            }
        } catch (IOException | XMLStreamException e) {
            throw new Unreadable(forged(e) ? FORGED : DAMAGED, e);
        }
    }

    /** Whether the failure is an entry inflating past its declared size; StAX wraps it in its own exception. */
    private static boolean forged(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof ArchiveLimits.Exceeded) {
                return true;
            }
            t = t.getCause() != null ? t.getCause() : t instanceof XMLStreamException x ? x.getNestedException() : null;
        }
        return false;
    }

    /** Reads one XML part's text into {@code out}, until its end or until {@code out} has enough. */
    static void read(InputStream xml, Vocabulary words, ExtractedText out) throws XMLStreamException {
        XMLStreamReader reader = OfficeZip.xml().createXMLStreamReader(xml);
        try {
            int inText = 0;
            int skipping = 0;
            while (reader.hasNext() && !out.shouldStop()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (skipping > 0 || words.skipped().contains(name)) {
                        skipping++;
                    } else if (words.text().contains(name)) {
                        inText++;
                    } else if (words.tabs().contains(name)) {
                        out.append('\t');
                    } else if (words.breaks().contains(name)) {
                        out.append('\n');
                    } else if (name.equals(words.spaces())) {
                        out.append(" ".repeat(spaceCount(reader)));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (skipping > 0) {
                        skipping--;
                    } else {
                        if (words.text().contains(name)) {
                            inText--;
                        }
                        if (words.paragraphs().contains(name)) {
                            out.endParagraph();
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && inText > 0 && skipping == 0) {
                    out.append(reader.getText());
                }
            }
        } finally {
            reader.close();
        }
    }

    /** OpenDocument writes runs of spaces as {@code <text:s text:c="3"/>}; at most a line of them. */
    private static int spaceCount(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals("c")) {
                try {
                    return Math.max(1, Math.min(80, Integer.parseInt(reader.getAttributeValue(i).strip())));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
