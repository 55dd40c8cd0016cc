package fr.passerelle.kernel.attachments;

import fr.passerelle.kernel.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Files uploaded to the modules (a resource's guide, a territory's photo, a meeting's minutes), kept in the
 * database table {@code kernel_attachment} with their bytes, so that every node of one database serves every
 * file. Each belongs to an owner string {@code <module>:<entity>:<id>}; the module of that prefix decides who
 * may download it ({@link AttachmentAccess}), and the kernel serves it at {@link StoredFile#url()}
 * ({@link AttachmentDownloads}).
 *
 * <p>A module stores files in its own transaction, with its own changes, so that a refused or rolled-back
 * change keeps no file:
 * <pre>{@code
 * @Transactional
 * public StoredFile attach(long resourceId, Upload upload) {
 *     StoredFile file = attachments.store("resources:resource:" + resourceId, upload);
 *     searchChanges.changed("resource", resourceId);   // its indexer adds attachments.text(file.id())
 *     return file;
 * }
 * }</pre>
 * Search is the owner's business: the kernel extracts the text ({@link #text(long)}) but indexes nothing, since
 * only the owner knows who may see it. Plain JDBC rather than JPA: the bytes are streamed in and out, never held
 * whole in memory (JPA would map them to a {@code byte[]}); the connection is the transaction's, as JPA's is.
 */
@ApplicationScoped
public class Attachments {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern OWNER = Pattern.compile("[a-z][a-z0-9-]{0,40}(:[A-Za-z0-9._-]{1,80}){1,4}");
    /** Bytes read from PostgreSQL per query, since its driver reads a whole BYTEA value into memory. */
    static final int CHUNK_BYTES = 1024 * 1024;
    private static final String COLUMNS = "id, owner, filename, kind, size_bytes, sha256, stored_at";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    private volatile Boolean postgres;

    /**
     * Checks the type by content (not the name), size, archive bombs; extracts the text; stores in the database.
     * The stream is read up to one buffer past {@link #MAX_BYTES} and is not closed.
     *
     * @param owner {@code <module>:<entity>:<id>}, lowercase module id, e.g. {@code governance:meeting:7}
     * @throws fr.passerelle.kernel.errors.InvalidInput on field "fichier", with a French message, when refused
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(String owner, String filename, InputStream content) {
        if (owner == null || owner.length() > 200 || !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("owner must read <module>:<entity>:<id>, got " + owner);
        }
        try (UploadCheck.Checked file = UploadCheck.check(filename, content, MAX_BYTES)) {
            OffsetDateTime storedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MICROS);
            try (Connection c = dataSource.getConnection()) {
                long id = nextId(c);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO kernel_attachment (" + COLUMNS
                        + ", extracted_text, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                     InputStream bytes = file.file().open()) {
                    insert.setLong(1, id);
                    insert.setString(2, owner);
                    insert.setString(3, file.filename());
                    insert.setString(4, file.kind().name());
                    insert.setLong(5, file.file().size());
                    insert.setString(6, file.file().sha256());
                    insert.setObject(7, storedAt);
                    insert.setString(8, file.text());
                    insert.setBinaryStream(9, bytes, file.file().size());
                    insert.executeUpdate();
                }
                return new StoredFile(id, owner, file.filename(), file.kind(), file.file().size(), file.file().sha256(),
                        storedAt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("enregistrement du fichier impossible", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, for what {@link Uploads} read from a request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(String owner, Upload upload) {
        return store(owner, upload.filename(), upload.content());
    }

    public Optional<StoredFile> find(long id) {
        List<StoredFile> found = query("SELECT " + COLUMNS + " FROM kernel_attachment WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Oldest first. */
    public List<StoredFile> ofOwner(String owner) {
        return query("SELECT " + COLUMNS + " FROM kernel_attachment WHERE owner = ? ORDER BY stored_at, id", owner);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long id) {
        update("DELETE FROM kernel_attachment WHERE id = ?", id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAllOf(String owner) {
        update("DELETE FROM kernel_attachment WHERE owner = ?", owner);
    }

    /**
     * The extracted plain text (at most a million characters), "" for images and unknown ids. Paragraphs are
     * separated by line breaks.
     */
    public String text(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT extracted_text FROM kernel_attachment WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lecture du texte du fichier " + id + " impossible", e);
        }
    }

    /**
     * Writes a file's bytes to {@code out} without holding them in memory (a mail attachment, a download).
     *
     * @throws IOException when the file no longer exists, or writing fails
     */
    public void copy(long id, OutputStream out) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            if (isPostgres(c)) {
                copyInChunks(c, id, out);
                return;
            }
            try (PreparedStatement st = c.prepareStatement("SELECT content FROM kernel_attachment WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("file " + id + " no longer exists");
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("lecture du fichier " + id + " impossible", e);
        }
    }

    private static void copyInChunks(Connection c, long id, OutputStream out) throws SQLException, IOException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT substring(content FROM ? FOR ?), octet_length(content) FROM kernel_attachment WHERE id = ?")) {
            long size = Long.MAX_VALUE;
            for (long offset = 0; offset < size; offset += CHUNK_BYTES) {
                st.setInt(1, Math.toIntExact(offset + 1));
                st.setInt(2, CHUNK_BYTES);
                st.setLong(3, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IOException("file " + id + " no longer exists");
                    }
                    size = rs.getLong(2);
                    out.write(rs.getBytes(1));
                }
            }
        }
    }

    private long nextId(Connection c) throws SQLException {
        String sql = isPostgres(c) ? "SELECT nextval('kernel_attachment_seq')" : "SELECT NEXT VALUE FOR kernel_attachment_seq";
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean isPostgres(Connection c) throws SQLException {
        if (postgres == null) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        return postgres;
    }

    private List<StoredFile> query(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            List<StoredFile> files = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    files.add(new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3),
                            FileKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class)));
                }
            }
            return files;
        } catch (SQLException e) {
            throw new IllegalStateException("lecture des fichiers impossible", e);
        }
    }

    private void update(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, parameter);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("suppression de fichiers impossible", e);
        }
    }
}
