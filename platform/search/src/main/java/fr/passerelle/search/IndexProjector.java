package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.search.SearchDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the outbox's {@code search.changed} rows to one index, in id order. It reads the outbox
 * directly rather than through the dispatcher: every node keeps its own index and must see every
 * row, where the dispatcher hands each row to one node.
 *
 * <p>Applying a row asks the module for the entity's current state, so applying it twice is
 * harmless. That is what makes the checkpoint safe: the index commit records an id up to which every
 * row was applied; after a crash the rows after it are applied again.
 *
 * <p>Ids come from a sequence, so a transaction can commit a row with a lower id after a row with a
 * higher one is already applied. Rows above the checkpoint are therefore read again until they are
 * older than {@link #SETTLE}: the checkpoint only moves past ids whose rows were created that long
 * ago, by which time any transaction that allocated a lower id has committed or rolled back.
 */
public final class IndexProjector {

  private static final Logger LOG = Logger.getLogger(IndexProjector.class.getName());

  /** Longer than any transaction that writes content; a row committed later is only found by a reindex. */
  static final Duration SETTLE = Duration.ofMinutes(2);

  static final int BATCH = 500;

  /** Where a changed entity's current state comes from: the module's indexer, in a transaction. */
  public interface Documents {
    /**
     * @return the document to index, empty to remove it
     * @throws UnknownType if no indexer has this type
     */
    Optional<SearchDocument> current(String type, String id);
  }

  /** No module indexes this type (anymore): the row is skipped. */
  public static final class UnknownType extends RuntimeException {
    public UnknownType(String type) {
      super("aucun indexeur pour le type « " + type + " »");
    }
  }

  private final DataSource dataSource;
  private final SearchIndex index;
  private final Documents documents;
  private final Clock clock;

  /** Rows above the checkpoint already applied, with their creation time. */
  private final TreeMap<Long, Instant> applied = new TreeMap<>();

  private long checkpoint;
  private long highest;
  private Instant lastCommit;

  public IndexProjector(DataSource dataSource, SearchIndex index, Documents documents, Clock clock) {
    this.dataSource = dataSource;
    this.index = index;
    this.documents = documents;
    this.clock = clock;
    this.checkpoint = index.checkpoint();
    this.highest = checkpoint;
    this.lastCommit = clock.instant();
  }

  public SearchIndex index() {
    return index;
  }

  /**
   * Applies the rows not yet applied.
   *
   * @param lateCommits also look below the highest applied id, for rows committed late; costs a read
   *     of the rows of the last {@link #SETTLE}, so it is done every few seconds, not at every pass
   * @return the number of rows applied
   * @throws SQLException if the outbox cannot be read; nothing is lost, the next pass tries again
   */
  public int applyPending(boolean lateCommits) throws SQLException {
    int count = 0;
    long from = lateCommits ? checkpoint : highest;
    while (true) {
      int batch = 0;
      long last = from;
      try (Connection c = dataSource.getConnection();
          PreparedStatement st = c.prepareStatement(
              "SELECT id, payload, created_at FROM kernel_outbox_event WHERE topic = ? AND id > ? "
                  + "ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
        st.setString(1, SearchChanges.TOPIC);
        st.setLong(2, from);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            batch++;
            long id = rs.getLong(1);
            last = id;
            if (applied.containsKey(id)) {
              continue;
            }
            apply(id, rs.getString(2));
            applied.put(id, rs.getObject(3, OffsetDateTime.class).toInstant());
            highest = Math.max(highest, id);
            count++;
          }
        }
      }
      if (batch < BATCH) {
        return count;
      }
      from = last;
    }
  }

  private void apply(long id, String payload) {
    String type;
    String entityId;
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      JsonObject change = reader.readObject();
      type = change.getString("type");
      entityId = change.getString("id");
    } catch (RuntimeException e) {
      LOG.warning(() -> "Recherche : événement " + id + " illisible, ignoré : " + payload);
      return;
    }
    try {
      Optional<SearchDocument> document = documents.current(type, entityId);
      if (document.isPresent()) {
        index.put(document.get());
      } else {
        index.remove(SearchDocument.key(type, entityId));
      }
    } catch (UnknownType e) {
      LOG.log(Level.WARNING, "Recherche : événement " + id + " ignoré, " + e.getMessage());
    }
  }

  /**
   * Moves the checkpoint past settled rows and commits the index if it changed and the last commit
   * is older than {@code interval}.
   *
   * @return true if a commit was made
   */
  public boolean commitIfDue(Duration interval) {
    return commit(interval, false);
  }

  /** Commits now, whatever the interval (at shutdown, before a swap). */
  public void commit() {
    commit(Duration.ZERO, true);
  }

  private boolean commit(Duration interval, boolean force) {
    Instant now = clock.instant();
    Instant settled = now.minus(SETTLE);
    long newCheckpoint = checkpoint;
    for (Map.Entry<Long, Instant> row : applied.entrySet()) {
      if (row.getValue().isAfter(settled)) {
        break;
      }
      newCheckpoint = row.getKey();
    }
    boolean due = force || Duration.between(lastCommit, now).compareTo(interval) >= 0;
    if (!due || (newCheckpoint == index.checkpoint() && !index.hasUncommittedChanges())) {
      return false;
    }
    index.commit(newCheckpoint);
    applied.headMap(newCheckpoint, true).clear();
    checkpoint = newCheckpoint;
    lastCommit = now;
    return true;
  }

  public long checkpoint() {
    return checkpoint;
  }

  public long highestApplied() {
    return highest;
  }
}
