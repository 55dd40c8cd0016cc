package fr.passerelle.kernel.attachments;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, with PDFBox. Loading the document is also the check that it is one: a file that starts
 * like a PDF but does not parse, or that needs a password to open, is refused. Before any page is read, the
 * compressed streams are measured ({@link PdfStreamBudget}): a decompression bomb is refused, a document too
 * heavy to read safely is kept without text. Pages are then read until the text or time budget is spent.
 */
final class PdfText {

    static final long STREAM_MEMORY_BYTES = 64L * 1024 * 1024;

    /** Why the PDF is refused (a French predicate), for {@link Unreadable}. */
    static final String LOCKED = "est un document PDF protégé par un mot de passe : enregistrez-le sans mot de passe, "
            + "puis déposez-le de nouveau";
    static final String BOMB = "ressemble à un fichier piégé : un de ses contenus compressés se décompresse plus de "
            + ArchiveLimits.MAX_RATIO + " fois. Passerelle ne l'ouvre pas ; exportez-le de nouveau en PDF depuis votre logiciel";
    static final String DAMAGED = "est un document PDF endommagé, que Passerelle ne peut pas lire : enregistrez-le "
            + "ou exportez-le de nouveau en PDF, puis déposez-le";

    private PdfText() {
    }

    static void extract(File file, ExtractedText out) throws Unreadable {
        PDDocument document;
        try {
            document = Loader.loadPDF(file, "", MemoryUsageSetting.setupMainMemoryOnly(STREAM_MEMORY_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw new Unreadable(LOCKED, e);
        } catch (IOException | RuntimeException | StackOverflowError | NoClassDefFoundError e) {
            // NoClassDefFoundError: certificate-encrypted PDFs need BouncyCastle, which is left out on purpose.
            throw new Unreadable(DAMAGED, e);
        }
        try (document) {
            PdfStreamBudget.Verdict budget = PdfStreamBudget.check(document.getDocument(), out);
            if (budget == PdfStreamBudget.Verdict.BOMB) {
                throw new Unreadable(BOMB);
            }
            if (budget == PdfStreamBudget.Verdict.TOO_MUCH) {
                out.giveUp();
                return;
            }
            new Stripper(out).writeText(document, new TextWriter(out));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // Stopped for length or time, or a damaged page after readable ones: keep the text read so far.
            // Only a document of which nothing could be read is refused.
            if (!(e instanceof Stop) && !out.truncated() && out.text().isEmpty()) {
                throw new Unreadable(DAMAGED, e);
            }
        }
    }

    /** Stops between pages too, since a page may draw much and write little. */
    private static final class Stripper extends PDFTextStripper {
        private final ExtractedText out;

        Stripper(ExtractedText out) {
            this.out = out;
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (out.shouldStop()) {
                throw new Stop();
            }
            super.startPage(page);
        }
    }

    private static final class TextWriter extends Writer {
        private final ExtractedText out;

        TextWriter(ExtractedText out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.append(new String(chars, offset, length));
            if (out.shouldStop()) {
                throw new Stop();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class Stop extends IOException {
        Stop() {
            super("enough text", null);
        }
    }
}
