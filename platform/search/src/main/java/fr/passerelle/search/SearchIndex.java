package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index in a directory: one writer, near-real-time searchers, and the replay position.
 *
 * <p>Each commit carries, in its user data, the id of the last outbox row the index has applied
 * ({@link #checkpoint()}): after a crash the index reopens at its last commit and whoever feeds it
 * replays from there, re-reading current state, so nothing committed in the database is lost.
 *
 * <p>Searching never waits for indexing: searchers are point-in-time snapshots
 * ({@link #acquire()}), refreshed by {@link #refresh()} while the writer keeps going.
 */
public final class SearchIndex implements AutoCloseable {

  static final String CHECKPOINT = "passerelle.checkpoint";
  static final String COMMITTED_AT = "passerelle.committed-at";
  static final String DATABASE = "passerelle.database";

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets;
  private volatile long checkpoint;
  private volatile Instant committedAt;
  private volatile String database;

  private SearchIndex(Path path, FrenchAnalysis analysis) throws IOException {
    this.path = path;
    this.facets = IndexFields.facetsConfig();
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(IndexFields.indexAnalyzer(analysis));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    IndexWriter opened;
    try {
      opened = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.writer = opened;
    Map<String, String> data = new HashMap<>();
    if (DirectoryReader.indexExists(directory)) {
      data.putAll(SegmentInfos.readLatestCommit(directory).getUserData());
    }
    this.checkpoint = Long.parseLong(data.getOrDefault(CHECKPOINT, "0"));
    this.committedAt = data.containsKey(COMMITTED_AT) ? Instant.parse(data.get(COMMITTED_AT)) : null;
    this.database = data.getOrDefault(DATABASE, "");
    this.searchers = new SearcherManager(writer, new FacetedSearcher.Factory(facets));
  }

  /**
   * Opens, or creates, the index in a directory.
   *
   * @throws UncheckedIOException if the directory cannot be used (locked by another process, corrupt)
   */
  public static SearchIndex open(Path path, FrenchAnalysis analysis) {
    try {
      return new SearchIndex(path, analysis);
    } catch (IOException e) {
      throw new UncheckedIOException("index de recherche illisible dans " + path, e);
    }
  }

  public Path path() {
    return path;
  }

  /** Adds the document, or replaces the one with the same key. */
  public void put(SearchDocument document) {
    try {
      writer.updateDocument(new Term(IndexFields.KEY, document.key()), IndexFields.toLucene(document, facets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the document with this key, if any. */
  public void remove(String key) {
    try {
      writer.deleteDocuments(new Term(IndexFields.KEY, key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was written so far visible to new searches; blocks only writers-to-be-visible. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes what was written durable, recording that every outbox row up to {@code appliedUpTo} is in
   * it. Until this returns, a crash brings the index back to the previous commit.
   */
  public void commit(long appliedUpTo) {
    Instant now = Instant.now();
    writer.setLiveCommitData(
        Map.of(CHECKPOINT, Long.toString(appliedUpTo), COMMITTED_AT, now.toString(), DATABASE, database).entrySet());
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkpoint = appliedUpTo;
    committedAt = now;
  }

  /** The outbox id recorded by the last commit: everything up to it is in the index. */
  public long checkpoint() {
    return checkpoint;
  }

  /**
   * Which database the index is a projection of (recorded with each commit): outbox ids only mean
   * something in the database that issued them, so an index of another database must be rebuilt.
   */
  public String database() {
    return database;
  }

  /** Records, at the next commit, which database the index projects. */
  public void projects(String databaseId) {
    this.database = databaseId == null ? "" : databaseId;
  }

  /** When the last commit was made, or null for an index never committed. */
  public Instant committedAt() {
    return committedAt;
  }

  /** True when changes were written since the last commit. */
  public boolean hasUncommittedChanges() {
    return writer.hasUncommittedChanges();
  }

  /** A point-in-time searcher; give it back with {@link #release}. */
  public FacetedSearcher acquire() {
    try {
      return (FacetedSearcher) searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void release(FacetedSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Documents visible to the current searcher. */
  public int size() {
    FacetedSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  FacetsConfig facetsConfig() {
    return facets;
  }

  ReferenceManager<org.apache.lucene.search.IndexSearcher> searcherManager() {
    return searchers;
  }

  /** Closes without committing: what is not committed is replayed from the outbox next time. */
  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        directory.close();
      } catch (IOException ignored) {
        // the writer already released what matters: its lock
      }
    }
  }
}
