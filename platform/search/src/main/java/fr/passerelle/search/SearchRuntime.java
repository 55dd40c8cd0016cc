package fr.passerelle.search;

import fr.passerelle.kernel.config.Settings;
import fr.passerelle.kernel.content.ContentImport;
import fr.passerelle.kernel.errors.Unavailable;
import fr.passerelle.kernel.outbox.OutboxAppended;
import fr.passerelle.kernel.persistence.Database;
import fr.passerelle.kernel.persistence.DatabaseReady;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.search.SearchIndexer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This node's search index, alive: opened (or built) before the node takes traffic, fed from the
 * outbox right after each commit and every half second (for changes made on other nodes), committed
 * every few seconds, rebuilt aside and swapped on demand.
 */
@ApplicationScoped
public class SearchRuntime {

  private static final Logger LOG = Logger.getLogger(SearchRuntime.class.getName());

  static final Duration POLL = Duration.ofMillis(500);
  static final Duration LATE_COMMIT_SCAN = Duration.ofSeconds(5);
  /** How long a replaced index stays open for the searches still reading it. */
  static final Duration RETIRE_GRACE = Duration.ofSeconds(10);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService executor;

  @Inject IndexedDocuments documents;

  private final ReentrantLock passes = new ReentrantLock();
  private final ReentrantLock rebuilds = new ReentrantLock();
  private final AtomicBoolean rebuildRunning = new AtomicBoolean();
  private final Clock clock = Clock.systemUTC();

  private IndexLocation location;
  private FrenchAnalysis analysis;
  private volatile IndexProjector projector;
  private volatile SearchService service;
  private volatile String lastRebuild;
  private ScheduledFuture<?> schedule;
  private Instant lastLateScan = Instant.EPOCH;
  private Duration commitInterval;
  private String database;

  void start(@Observes DatabaseReady ready) {
    location = new IndexLocation(Settings.varDir().resolve("index"));
    analysis = loadAnalysis();
    commitInterval = Duration.ofSeconds(Settings.getInt("PASSERELLE_SEARCH_COMMIT_SECONDS", 5));
    var current = location.current();
    SearchIndex index = current.map(path -> SearchIndex.open(path, analysis)).orElse(null);
    database = databaseId();
    if (index != null && !index.database().equals(database)) {
      LOG.warning(() -> "Recherche : l'index provient d'une autre base (" + index.database() + ", base actuelle "
          + database + ") ; reconstruction");
      index.close();
      rebuild();
    } else if (index != null && isStale(index)) {
      LOG.warning(() -> "Recherche : index trop ancien (dernier enregistrement " + index.committedAt()
          + "), l'outbox ne permet plus de le rattraper ; reconstruction");
      index.close();
      rebuild();
    } else if (index == null) {
      LOG.info("Recherche : pas encore d'index sur ce nœud ; construction depuis la base");
      rebuild();
    } else {
      use(new IndexProjector(dataSource, index, documents, clock));
      long begin = System.nanoTime();
      passOnce(true);
      LOG.info(() -> "Recherche : index " + index.path() + " rattrapé jusqu'à l'événement "
          + projector.highestApplied() + " en " + (System.nanoTime() - begin) / 1_000_000 + " ms, "
          + index.size() + " documents");
    }
    location.deleteOtherBuilds();
    schedule = executor.scheduleWithFixedDelay(
        () -> passOnce(false), POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The search service over the index in use. */
  public SearchService service() {
    SearchService current = service;
    if (current == null) {
      throw new Unavailable("Recherche indisponible", "La recherche démarre ; réessayez dans un instant.", null);
    }
    return current;
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended event) {
    if (schedule != null && SearchChanges.TOPIC.equals(event.topic())) {
      executor.execute(() -> passOnce(false));
    }
  }

  /**
   * Starts a rebuild in the background unless one is running.
   *
   * @return false if one was already running
   */
  public boolean requestRebuild() {
    if (rebuildRunning.get()) {
      return false;
    }
    executor.execute(this::rebuild);
    return true;
  }

  public boolean rebuildRunning() {
    return rebuildRunning.get();
  }

  /** JSON of the last rebuild's outcome, or null. */
  public String lastRebuild() {
    return lastRebuild;
  }

  public IndexProjector projector() {
    return projector;
  }

  /**
   * Builds a new index from the database in a folder of its own while the current one keeps serving
   * and being fed, then swaps them. Changes made during the build are replayed from the outbox: the
   * new index's checkpoint is the last outbox row that had settled when the build started.
   */
  public void rebuild() {
    if (!rebuilds.tryLock()) {
      return;
    }
    rebuildRunning.set(true);
    try {
      long begin = System.nanoTime();
      long replayFrom = settledOutboxId();
      Path folder = location.newBuild();
      SearchIndex fresh = SearchIndex.open(folder, analysis);
      fresh.projects(database);
      int[] count = {0};
      try {
        for (SearchIndexer indexer : documents.byType().values()) {
          documents.exportAll(indexer, d -> {
            fresh.put(d);
            count[0]++;
          });
        }
        fresh.commit(replayFrom);
      } catch (RuntimeException e) {
        fresh.close();
        IndexLocation.deleteTree(folder);
        throw e;
      }
      IndexProjector next = new IndexProjector(dataSource, fresh, documents, clock);
      passes.lock();
      IndexProjector previous;
      try {
        next.applyPending(true);
        fresh.refresh();
        next.commit();
        previous = projector;
        use(next);
        location.makeCurrent(folder);
      } finally {
        passes.unlock();
      }
      if (previous != null) {
        retire(previous.index());
      }
      long millis = (System.nanoTime() - begin) / 1_000_000;
      lastRebuild = Json.createObjectBuilder()
          .add("documents", count[0])
          .add("durationMs", millis)
          .add("finishedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
          .add("folder", folder.getFileName().toString())
          .build().toString();
      LOG.info(() -> "Recherche : index reconstruit, " + count[0] + " documents en " + millis + " ms");
    } catch (IOException | SQLException | RuntimeException e) {
      lastRebuild = Json.createObjectBuilder().add("error", String.valueOf(e.getMessage())).build().toString();
      LOG.log(Level.SEVERE, "Recherche : reconstruction de l'index impossible", e);
      if (projector == null) {
        throw new IllegalStateException("aucun index de recherche utilisable", e);
      }
    } finally {
      rebuildRunning.set(false);
      rebuilds.unlock();
    }
  }

  private void use(IndexProjector next) {
    projector = next;
    service = new SearchService(next.index(), analysis, documents::label);
  }

  private void retire(SearchIndex old) {
    executor.schedule(() -> {
      old.close();
      try {
        IndexLocation.deleteTree(old.path());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Recherche : ancien index " + old.path() + " non supprimé", e);
      }
    }, RETIRE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void passOnce(boolean catchUp) {
    if (!passes.tryLock()) {
      return; // a pass is running; it will see the new rows, or the next poll will
    }
    try {
      IndexProjector p = projector;
      if (p == null) {
        return;
      }
      Instant now = clock.instant();
      boolean lateScan = catchUp || Duration.between(lastLateScan, now).compareTo(LATE_COMMIT_SCAN) >= 0;
      if (lateScan) {
        lastLateScan = now;
      }
      if (p.applyPending(lateScan) > 0) {
        p.index().refresh();
      }
      if (catchUp) {
        p.commit();
      } else {
        p.commitIfDue(commitInterval);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Recherche : passe d'indexation interrompue, reprise à la suivante", e);
    } finally {
      passes.unlock();
    }
    if (!catchUp && location.reindexRequested() && !rebuildRunning.get()) {
      executor.execute(() -> {
        rebuild();
        location.reportReindex(lastRebuild == null ? "{}" : lastRebuild);
      });
    }
  }

  /** The index has not been committed for so long that the outbox rows it needs may be purged. */
  private boolean isStale(SearchIndex index) {
    if (index.committedAt() == null) {
      return true;
    }
    Duration retention = Duration.ofDays(Settings.getInt("PASSERELLE_OUTBOX_RETENTION_DAYS", 14));
    return index.committedAt().isBefore(clock.instant().minus(retention.minusDays(1)));
  }

  /**
   * Identifies the database: when its kernel schema was created. A database recreated or restored
   * from elsewhere gets another value, and its outbox ids another meaning.
   */
  private String databaseId() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "SELECT \"installed_on\" FROM \"flyway_history_kernel\" WHERE \"installed_rank\" = 1");
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getTimestamp(1).toInstant().toString() : "";
    } catch (SQLException e) {
      throw new IllegalStateException("base de données illisible", e);
    }
  }

  private long settledOutboxId() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "SELECT MAX(id) FROM kernel_outbox_event WHERE created_at < ?")) {
      st.setObject(1, OffsetDateTime.now(clock).minus(IndexProjector.SETTLE));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static FrenchAnalysis loadAnalysis() {
    Path synonyms = ContentImport.root().resolve("search").resolve("synonyms.txt");
    if (!Files.isRegularFile(synonyms)) {
      LOG.warning(() -> "Recherche : " + synonyms + " introuvable, recherche sans synonymes");
      return FrenchAnalysis.withoutSynonyms();
    }
    return FrenchAnalysis.withSynonyms(synonyms);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
    passes.lock();
    try {
      IndexProjector p = projector;
      if (p != null) {
        p.commit();
        p.index().close();
      }
      if (analysis != null) {
        analysis.close();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recherche : arrêt de l'index incomplet ; il sera rattrapé au démarrage", e);
    } finally {
      passes.unlock();
    }
  }
}
