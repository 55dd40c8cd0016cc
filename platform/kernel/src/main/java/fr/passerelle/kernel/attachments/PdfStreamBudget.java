package fr.passerelle.kernel.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * What a PDF's compressed streams decode to, measured before PDFBox reads them for text: PDFBox holds each
 * decoded stream whole in memory, and a few kilobytes of deflated spaces decode to gigabytes. Each stream is
 * decoded once into a counter that gives up at the budget. Images are left out: text extraction never decodes
 * them, and scans legitimately decode to hundreds of megabytes.
 */
final class PdfStreamBudget {

    enum Verdict {
        /** Within budget: read the text. */
        READ,
        /** A large stream compressed more than {@value ArchiveLimits#MAX_RATIO} times: a decompression bomb. */
        BOMB,
        /** A heavy but plausible document: keep it, without its text. */
        TOO_MUCH
    }

    static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private PdfStreamBudget() {
    }

    static Verdict check(COSDocument document, ExtractedText out) throws IOException {
        return check(document, out, MAX_STREAM_BYTES, MAX_TOTAL_BYTES);
    }

    static Verdict check(COSDocument document, ExtractedText out, long maxStream, long maxTotal) throws IOException {
        long total = 0;
        // Streams are never inside object streams, so objects stored directly in the file (offset >= 0) are all
        // there is to look at, and looking at them decodes nothing.
        List<COSObjectKey> keys = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() != null && entry.getValue() >= 0) {
                keys.add(entry.getKey());
            }
        }
        for (COSObjectKey key : keys) {
            if (out.shouldStop()) {
                return Verdict.TOO_MUCH;
            }
            COSBase object = document.getObjectFromPool(key).getObject();
            if (!(object instanceof COSStream stream) || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            List<COSName> filters = filters(stream);
            if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
                continue;
            }
            long decoded = decodedLength(stream, filters, Math.min(maxStream, maxTotal - total) + 1);
            long raw = Math.max(stream.getLength(), 1);
            if (decoded > ArchiveLimits.RATIO_GRACE_BYTES && decoded > raw * ArchiveLimits.MAX_RATIO) {
                return Verdict.BOMB;
            }
            total += decoded;
            if (decoded > maxStream || total > maxTotal) {
                return Verdict.TOO_MUCH;
            }
        }
        return Verdict.READ;
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase b : array) {
                if (b instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Decoded length, or {@code cap} when it reaches it; a stream that fails to decode counts what it gave. */
    private static long decodedLength(COSStream stream, List<COSName> filters, long cap) throws IOException {
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                // Chains (ASCII85 then Flate…) are rare: the stages before the last are kept in memory, capped.
                Counter counter = last ? new Counter(OutputStream.nullOutputStream(), cap)
                        : new Counter(new ByteArrayOutputStream(), cap);
                try {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(input, counter, stream, i, DecodeOptions.DEFAULT);
                } catch (Counter.Full full) {
                    return cap;
                } catch (IOException damaged) {
                    // PDFBox will meet the same error and skip the stream; count what decoded before it
                }
                input.close();
                if (last) {
                    return counter.count;
                }
                input = new ByteArrayInputStream(((ByteArrayOutputStream) counter.out).toByteArray());
            }
            return 0;
        } finally {
            input.close();
        }
    }

    private static final class Counter extends OutputStream {
        private final OutputStream out;
        private final long cap;
        private long count;

        Counter(OutputStream out, long cap) {
            this.out = out;
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int offset, int length) throws IOException {
            count += length;
            if (count >= cap) {
                throw new Full();
            }
            out.write(b, offset, length);
        }

        static final class Full extends IOException {
            Full() {
                super("decoded stream over budget");
            }
        }
    }
}
