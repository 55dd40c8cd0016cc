package fr.passerelle.kernel.attachments;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Bounds on what an office file (a ZIP) may unpack to, so that a small upload cannot make the server inflate
 * gigabytes ("zip bomb"). The central directory is checked before any entry is opened: entry count, declared
 * total size, and compression ratio of every large entry (the same 1:100 as Apache POI's ZipSecureFile).
 * Declared sizes can lie, so every entry read is also counted and stopped at its declared size and at the
 * total budget.
 */
final class ArchiveLimits {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** Entries smaller than this may compress better than the ratio (an empty sheet's XML does). */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private long budget = MAX_TOTAL_BYTES;

    /** Why the archive is refused, in French ("contient …"), or empty when it is within bounds. */
    static Optional<String> problemOf(ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            return Optional.of("contient plus de " + MAX_ENTRIES + " éléments");
        }
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                return Optional.of("ne déclare pas la taille de ses éléments");
            }
            total += size;
            if (total > MAX_TOTAL_BYTES) {
                return Optional.of("se décompresserait en plus de " + StoredFile.sizeLabel(MAX_TOTAL_BYTES));
            }
            if (size > RATIO_GRACE_BYTES && size > compressed * MAX_RATIO) {
                return Optional.of("contient un élément compressé plus de " + MAX_RATIO + " fois");
            }
        }
        return Optional.empty();
    }

    /** An entry's content, never longer than it declared nor than what is left of the total budget. */
    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        return new Counted(zip.getInputStream(entry), entry.getSize());
    }

    /** Thrown when an entry inflates to more than it declared, or the budget is spent: a forged archive. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("archive larger than declared");
        }
    }

    /** Counts through the bulk read only: single bytes and skips are made of it, so nothing inflates uncounted. */
    private final class Counted extends FilterInputStream {
        private long left;

        Counted(InputStream in, long declared) {
            super(in);
            this.left = declared;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            left -= Math.max(n, 0);
            budget -= Math.max(n, 0);
            if (left < 0 || budget < 0) {
                throw new Exceeded();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return n <= 0 ? 0 : Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
        }
    }
}
