package fr.passerelle.kernel.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a private temporary file while it is counted and hashed, so that checks can read it
 * more than once and in any order (a ZIP's directory is at its end) without holding it in memory. Reading stops
 * one buffer past the limit: a 25 MB upload is refused after about 20 MB, whatever it declared.
 */
final class SpooledFile implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;

    private SpooledFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** @throws Unreadable when the content is empty or longer than {@code maxBytes} */
    static SpooledFile copy(InputStream content, long maxBytes) throws Unreadable {
        Path path = null;
        try {
            path = Files.createTempFile("passerelle-fichier-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(path)) {
                for (int n; (n = content.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new Unreadable("dépasse la taille maximale de "
                                + StoredFile.sizeLabel(maxBytes) + " : réduisez le fichier (images moins lourdes, "
                                + "PDF optimisé) ou partagez-le en plusieurs parties");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new Unreadable("est vide : choisissez un fichier qui contient quelque chose");
            }
            SpooledFile spooled = new SpooledFile(path, size, HexFormat.of().formatHex(digest.digest()));
            path = null;
            return spooled;
        } catch (IOException e) {
            // Kept as the cause: a request body over its limit (BodyTooLarge) is then answered 413.
            throw new UncheckedIOException("lecture du fichier déposé impossible", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (path != null) {
                delete(path);
            }
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** The first bytes, for signatures. */
    byte[] head(int max) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            path.toFile().deleteOnExit();
        }
    }
}
