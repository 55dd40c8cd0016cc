package fr.passerelle.kernel.attachments;

import java.util.Set;

/**
 * The file types Passerelle accepts, each recognised by its content (see {@link KindDetection}), never by its
 * name. Office formats are the open and the current Microsoft ones; older binary formats (.doc, .xls) and
 * macro-enabled files are refused.
 */
public enum FileKind {
    PDF("application/pdf", "pdf", "Document PDF", "un document PDF", true, Set.of("pdf")),
    ODT("application/vnd.oasis.opendocument.text", "odt", "Texte OpenDocument", "un texte OpenDocument (ODT)",
            false, Set.of("odt")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Document Word",
            "un document Word (DOCX)", false, Set.of("docx")),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "Tableur OpenDocument",
            "un tableur OpenDocument (ODS)", false, Set.of("ods")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Classeur Excel",
            "un classeur Excel (XLSX)", false, Set.of("xlsx")),
    PNG("image/png", "png", "Image PNG", "une image PNG", true, Set.of("png")),
    JPEG("image/jpeg", "jpg", "Image JPEG", "une image JPEG", true, Set.of("jpg", "jpeg"));

    private final String mediaType;
    private final String extension;
    private final String label;
    private final String description;
    private final boolean inline;
    private final Set<String> extensions;

    FileKind(String mediaType, String extension, String label, String description, boolean inline,
             Set<String> extensions) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.description = description;
        this.inline = inline;
        this.extensions = extensions;
    }

    /** The exact Content-Type it is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot: {@code pdf}, {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** French name for people, e.g. "Document PDF", as in a DSFR download link's detail. */
    public String label() {
        return label;
    }

    /** The name with its article, for sentences: "une image JPEG". */
    String description() {
        return description;
    }

    /** Browsers show these themselves (PDF viewer, images); office files are downloaded. */
    boolean opensInBrowser() {
        return inline;
    }

    /** Whether a file name ending in {@code .extension} (lowercase, no dot) names this kind. */
    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    /** Whether text is extracted from it (documents) or not (images). */
    boolean hasText() {
        return this != PNG && this != JPEG;
    }
}
