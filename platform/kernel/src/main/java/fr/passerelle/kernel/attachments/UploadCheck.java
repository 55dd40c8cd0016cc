package fr.passerelle.kernel.attachments;

import fr.passerelle.kernel.errors.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything an upload goes through before it may be stored, in order: size (counted while copying), type from
 * the content, the name's extension against that type, archive bombs, then reading the document (which is the
 * proof that it is one) for its text. Any refusal is an {@link InvalidInput} on "fichier" with a French message
 * naming the file; nothing is kept of a refused file.
 */
final class UploadCheck {

    static final int MAX_TEXT_CHARS = 1_000_000;
    static final Duration MAX_PARSE_TIME = Duration.ofSeconds(20);

    private static final Logger LOG = Logger.getLogger(UploadCheck.class.getName());

    private UploadCheck() {
    }

    /** A file that passed every check, still in its temporary file until closed. */
    record Checked(SpooledFile file, String filename, FileKind kind, String text) implements AutoCloseable {
        @Override
        public void close() {
            file.close();
        }
    }

    static Checked check(String filename, InputStream content, long maxBytes) {
        String name = FileNames.clean(filename);
        SpooledFile file;
        try {
            file = SpooledFile.copy(content, maxBytes);
        } catch (Unreadable e) {
            throw refusal(name, e.getMessage());
        }
        try {
            KindDetection.Detected detected = KindDetection.detect(file);
            if (detected.kind() == null) {
                throw refusal(name, detected.refusal());
            }
            FileKind kind = detected.kind();
            Optional<String> extension = FileNames.extension(name);
            if (extension.isPresent() && !kind.hasExtension(extension.get())) {
                throw refusal(name, "est en réalité " + kind.description() + ", alors que son nom se termine par ."
                        + extension.get() + " : choisissez le bon fichier ou, si c'est bien celui-ci, renommez-le en ."
                        + kind.extension());
            }
            String text = text(kind, file, name);
            Checked checked = new Checked(file, FileNames.withExtension(name, kind), kind, text);
            file = null;
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException("lecture du fichier déposé impossible", e);
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    private static String text(FileKind kind, SpooledFile file, String name) throws IOException {
        try {
            if (!kind.hasText()) {
                try (InputStream in = file.open()) {
                    ImageCheck.check(kind, in);
                }
                return "";
            }
            ExtractedText out = new ExtractedText(MAX_TEXT_CHARS, MAX_PARSE_TIME);
            if (kind == FileKind.PDF) {
                PdfText.extract(file.path().toFile(), out);
            } else {
                OfficeText.extract(kind, file.path().toFile(), out);
            }
            if (out.truncated()) {
                LOG.info(() -> "Texte de « " + name + " » tronqué (longueur ou durée de lecture maximale atteinte)");
            }
            return out.text();
        } catch (Unreadable e) {
            if (e.getCause() != null) {
                LOG.log(Level.FINE, "Fichier refusé : " + name, e.getCause());
            }
            throw refusal(name, e.getMessage());
        }
    }

    private static InvalidInput refusal(String name, String predicate) {
        return InvalidInput.of(Uploads.FILE_FIELD, "« " + name + " » " + predicate);
    }
}
