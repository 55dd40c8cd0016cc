package fr.passerelle.kernel.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells what a file is from its bytes: signatures ("magic numbers") at its start, then, for ZIP-based office
 * files, what the package says inside (OpenDocument's {@code mimetype}, Office Open XML's main content type).
 * Files of other types are named too ("une image GIF"), so that the refusal says what was actually sent.
 */
final class KindDetection {

    static final String ACCEPTED = "Formats acceptés : PDF, ODT, DOCX, ODS, XLSX, PNG et JPEG";

    /** Either a kind, or why the file is refused: a French predicate, such as "est une image GIF, …". */
    record Detected(FileKind kind, String refusal) {
        static Detected of(FileKind kind) {
            return new Detected(kind, null);
        }

        static Detected notAccepted(String description) {
            return new Detected(null, "est " + description + ", un format que Passerelle n'accepte pas. " + ACCEPTED);
        }

        static Detected refused(String refusal) {
            return new Detected(null, refusal);
        }
    }

    private static final Map<String, FileKind> OOXML_MAIN = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileKind.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileKind.XLSX);

    private static final Map<String, String> OOXML_OTHERS = Map.ofEntries(
            Map.entry("application/vnd.ms-word.document.macroenabled.main+xml", "un document Word avec macros (DOCM)"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                    "un modèle de document Word (DOTX)"),
            Map.entry("application/vnd.ms-word.template.macroenabledtemplate.main+xml", "un modèle Word avec macros (DOTM)"),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.main+xml", "un classeur Excel avec macros (XLSM)"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
                    "un modèle de classeur Excel (XLTX)"),
            Map.entry("application/vnd.ms-excel.sheet.binary.macroenabled.main", "un classeur Excel binaire (XLSB)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "une présentation PowerPoint (PPTX)"),
            Map.entry("application/vnd.ms-powerpoint.presentation.macroenabled.main+xml",
                    "une présentation PowerPoint avec macros (PPTM)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
                    "un diaporama PowerPoint (PPSX)"));

    private static final Map<String, FileKind> ODF_KINDS = Map.of(
            "application/vnd.oasis.opendocument.text", FileKind.ODT,
            "application/vnd.oasis.opendocument.spreadsheet", FileKind.ODS);

    private static final Map<String, String> ODF_OTHERS = Map.of(
            "application/vnd.oasis.opendocument.presentation", "une présentation OpenDocument (ODP)",
            "application/vnd.oasis.opendocument.graphics", "un dessin OpenDocument (ODG)",
            "application/vnd.oasis.opendocument.text-template", "un modèle de texte OpenDocument (OTT)",
            "application/vnd.oasis.opendocument.spreadsheet-template", "un modèle de tableur OpenDocument (OTS)",
            "application/epub+zip", "un livre numérique EPUB");

    private KindDetection() {
    }

    static Detected detect(SpooledFile file) throws IOException {
        byte[] head = file.head(8192);
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Detected.of(FileKind.PDF);
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Detected.of(FileKind.PNG);
        }
        if (startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Detected.of(FileKind.JPEG);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return zip(file);
        }
        if (startsWith(head, new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1})) {
            return compoundDocument(file);
        }
        return describe(head).map(Detected::notAccepted).orElseGet(() -> Detected.refused(
                "n'est pas d'un format que Passerelle reconnaît. " + ACCEPTED));
    }

    private static Detected zip(SpooledFile file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.path().toFile());
        } catch (ZipException e) {
            return Detected.refused("est une archive ZIP endommagée, que Passerelle ne peut pas ouvrir. "
                    + "Enregistrez le document de nouveau, puis déposez-le");
        }
        try (zip) {
            Optional<String> bomb = ArchiveLimits.problemOf(zip);
            if (bomb.isPresent()) {
                return Detected.refused("ressemble à une archive piégée : il " + bomb.get()
                        + ". Passerelle ne l'ouvre pas ; enregistrez le document de nouveau depuis votre logiciel");
            }
            OfficeZip office = new OfficeZip(zip, new ArchiveLimits());
            Optional<String> mimetype = office.smallText(OfficeZip.ODF_MIMETYPE).map(String::strip);
            if (mimetype.isPresent()) {
                return openDocument(office, mimetype.get());
            }
            if (office.has(OfficeZip.OOXML_CONTENT_TYPES)) {
                return officeOpenXml(office);
            }
            return Detected.notAccepted("une archive ZIP");
        } catch (ArchiveLimits.Exceeded e) {
            return Detected.refused("ressemble à une archive piégée : un élément se décompresse en plus qu'il ne "
                    + "l'annonce. Passerelle ne l'ouvre pas");
        }
    }

    private static Detected openDocument(OfficeZip office, String mimetype) throws IOException {
        FileKind kind = ODF_KINDS.get(mimetype);
        if (kind == null) {
            String other = ODF_OTHERS.get(mimetype);
            return Detected.notAccepted(other != null ? other
                    : mimetype.startsWith("application/vnd.oasis.opendocument.") ? "un document OpenDocument d'un autre type"
                    : "une archive ZIP");
        }
        if (office.smallText("META-INF/manifest.xml").orElse("").contains("encryption-data")) {
            return Detected.refused("est " + kind.description() + " protégé par un mot de passe : enregistrez-le "
                    + "sans mot de passe, puis déposez-le de nouveau");
        }
        if (!office.has("content.xml")) {
            return Detected.refused("est " + kind.description() + " incomplet (sans contenu) : enregistrez-le de "
                    + "nouveau, puis déposez-le");
        }
        return Detected.of(kind);
    }

    private static Detected officeOpenXml(OfficeZip office) throws IOException {
        Map<String, String> types;
        try {
            types = office.contentTypes();
        } catch (IOException e) {
            return Detected.refused("est un document Office endommagé (liste des types illisible) : enregistrez-le "
                    + "de nouveau, puis déposez-le");
        }
        for (Map.Entry<String, FileKind> main : OOXML_MAIN.entrySet()) {
            if (types.containsValue(main.getKey())) {
                FileKind kind = main.getValue();
                if (office.partsOfType(types, main.getKey()).isEmpty()) {
                    return Detected.refused("est " + kind.description() + " endommagé (contenu principal absent) : "
                            + "enregistrez-le de nouveau, puis déposez-le");
                }
                if (office.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                    return Detected.refused("est " + kind.description() + " qui contient des macros : enregistrez-le "
                            + "sans macros, puis déposez-le de nouveau");
                }
                return Detected.of(kind);
            }
        }
        for (Map.Entry<String, String> other : OOXML_OTHERS.entrySet()) {
            if (types.containsValue(other.getKey())) {
                return Detected.notAccepted(other.getValue());
            }
        }
        return Detected.notAccepted("un document Office Open XML d'un autre type");
    }

    /**
     * Office's binary container (OLE2): the .doc/.xls/.ppt of before 2007, and also any DOCX or XLSX saved with
     * a password, which Office encrypts into an "EncryptedPackage" stream of such a container.
     */
    private static Detected compoundDocument(SpooledFile file) throws IOException {
        List<String> names = utf16NamesIn(file, List.of("EncryptedPackage", "WordDocument", "Workbook", "PowerPoint Document"));
        if (names.contains("EncryptedPackage")) {
            return Detected.refused("est un document Office protégé par un mot de passe : enregistrez-le sans mot "
                    + "de passe, puis déposez-le de nouveau");
        }
        String what = names.contains("WordDocument") ? "un document Word à l'ancien format (DOC)"
                : names.contains("Workbook") ? "un classeur Excel à l'ancien format (XLS)"
                : names.contains("PowerPoint Document") ? "une présentation PowerPoint à l'ancien format (PPT)"
                : "un document Office à l'ancien format";
        return Detected.refused("est " + what + ", que Passerelle n'accepte pas : enregistrez-le au format DOCX, "
                + "XLSX, ODT, ODS ou PDF, puis déposez-le de nouveau");
    }

    /** Which of the names occur in the file as UTF-16LE text, the way an OLE2 directory stores stream names. */
    private static List<String> utf16NamesIn(SpooledFile file, List<String> names) throws IOException {
        List<byte[]> patterns = names.stream().map(n -> n.getBytes(StandardCharsets.UTF_16LE)).toList();
        int overlap = patterns.stream().mapToInt(p -> p.length).max().orElse(0);
        boolean[] found = new boolean[names.size()];
        byte[] window = new byte[64 * 1024 + overlap];
        int kept = 0;
        try (InputStream in = file.open()) {
            for (int n; (n = in.readNBytes(window, kept, window.length - kept)) > 0; ) {
                int length = kept + n;
                for (int i = 0; i < patterns.size(); i++) {
                    found[i] |= indexOf(window, length, patterns.get(i)) >= 0;
                }
                kept = Math.min(overlap, length);
                System.arraycopy(window, length - kept, window, 0, kept);
            }
        }
        return names.stream().filter(n -> found[names.indexOf(n)]).toList();
    }

    private static int indexOf(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** What a file of a type Passerelle does not accept is, from its first bytes; empty when unknown. */
    static Optional<String> describe(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return Optional.of("une image GIF");
        }
        if (ascii.startsWith("RIFF") && ascii.length() >= 12) {
            String form = ascii.substring(8, 12);
            return Optional.of(form.equals("WEBP") ? "une image WebP" : form.equals("WAVE") ? "un son WAV"
                    : form.startsWith("AVI") ? "une vidéo AVI" : "un fichier multimédia RIFF");
        }
        if (ascii.length() >= 12 && ascii.startsWith("ftyp", 4)) {
            String brand = ascii.substring(8, 12);
            return Optional.of(List.of("heic", "heix", "mif1", "msf1", "heif").contains(brand) ? "une image HEIC"
                    : brand.equals("avif") ? "une image AVIF" : "une vidéo ou un son MP4");
        }
        if (ascii.startsWith("II*\0") || ascii.startsWith("MM\0*")) {
            return Optional.of("une image TIFF");
        }
        if (ascii.startsWith("BM") && head.length > 14) {
            return Optional.of("une image BMP");
        }
        if (ascii.startsWith("8BPS")) {
            return Optional.of("une image Photoshop (PSD)");
        }
        if (ascii.startsWith("ID3") || ascii.startsWith("OggS") || ascii.startsWith("fLaC")) {
            return Optional.of("un fichier audio");
        }
        if (startsWith(head, new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3})) {
            return Optional.of("une vidéo WebM ou MKV");
        }
        if (ascii.startsWith("{\\rtf")) {
            return Optional.of("un document RTF");
        }
        if (ascii.startsWith("%!PS")) {
            return Optional.of("un document PostScript");
        }
        if (startsWith(head, new byte[] {0x1f, (byte) 0x8b}) || ascii.startsWith("Rar!") || ascii.startsWith("BZh")
                || startsWith(head, new byte[] {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c})
                || startsWith(head, new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0})) {
            return Optional.of("une archive compressée");
        }
        if (ascii.startsWith("MZ") || ascii.startsWith("\u007fELF")
                || startsWith(head, new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe})) {
            return Optional.of("un programme exécutable");
        }
        return text(head).map(KindDetection::describeText);
    }

    private static String describeText(String text) {
        String t = text.stripLeading().toLowerCase(Locale.ROOT);
        if (t.contains("<svg")) {
            return "une image SVG";
        }
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.contains("<script")) {
            return "une page HTML";
        }
        if (t.startsWith("<?xml")) {
            return "un fichier XML";
        }
        return "un fichier texte";
    }

    /** The head as text when it is UTF-8 without NUL (a sequence cut at the end of the head is allowed). */
    private static Optional<String> text(byte[] head) {
        byte[] bytes = head;
        for (int cut = 0; cut < 4 && bytes.length > 0; cut++) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return s.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(s);
            } catch (CharacterCodingException e) {
                bytes = Arrays.copyOf(bytes, bytes.length - 1);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
