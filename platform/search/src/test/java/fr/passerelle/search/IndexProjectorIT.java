package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.persistence.ConfiguredDataSource;
import fr.passerelle.kernel.persistence.DatabaseSettings;
import fr.passerelle.kernel.persistence.Migrations;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.testkit.MutableClock;
import fr.passerelle.testkit.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The projector against the build's real database (H2, or PostgreSQL with -Ppostgres). */
class IndexProjectorIT {

  static DataSource db;

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.now());
  /** The "module": current state of this test's entities, by id; absent means deleted. */
  final Map<String, String> titles = new HashMap<>();
  String type;
  FrenchAnalysis analysis;
  SearchIndex index;

  @BeforeAll
  static void migrate() {
    db = new ConfiguredDataSource(new DatabaseSettings(TestDatabase.url(), TestDatabase.user(), TestDatabase.password()));
    Migrations.migrate(db, List.of(), IndexProjectorIT.class.getClassLoader());
  }

  @BeforeEach
  void open() {
    type = "note-" + UUID.randomUUID().toString().substring(0, 8);
    analysis = FrenchAnalysis.withoutSynonyms();
    index = SearchIndex.open(dir.resolve("index"), analysis);
  }

  @AfterEach
  void close() {
    index.close();
    analysis.close();
  }

  IndexProjector projector() {
    return new IndexProjector(db, index, this::current, clock);
  }

  /** Other tests' rows in the shared outbox belong to types this test does not know: removed, harmlessly. */
  Optional<SearchDocument> current(String docType, String id) {
    if (!docType.equals(type) || !titles.containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of(SearchDocument.builder(type, id).url("/notes/" + id).title(titles.get(id))
        .date(OffsetDateTime.parse("2026-01-01T00:00:00Z")).visibleTo(Visibility.PUBLIC).build());
  }

  long change(String id, String title) throws Exception {
    if (title == null) {
      titles.remove(id);
    } else {
      titles.put(id, title);
    }
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(true);
      return insert(c, id);
    }
  }

  long insert(Connection c, String id) throws Exception {
    long rowId;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + TestDatabase.nextValue("kernel_outbox_seq"))) {
      rs.next();
      rowId = rs.getLong(1);
    }
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO kernel_outbox_event (id, topic, payload, created_at) VALUES (?, ?, ?, ?)")) {
      st.setLong(1, rowId);
      st.setString(2, SearchChanges.TOPIC);
      st.setString(3, SearchChanges.payload(type, id));
      st.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      st.executeUpdate();
    }
    return rowId;
  }

  List<String> indexedTitles() {
    index.refresh();
    FacetedSearcher searcher = index.acquire();
    try {
      var hits = searcher.search(new org.apache.lucene.search.TermQuery(
          new org.apache.lucene.index.Term(IndexFields.TYPE, type)), 100);
      var stored = searcher.storedFields();
      java.util.TreeMap<String, String> byKey = new java.util.TreeMap<>();
      for (var hit : hits.scoreDocs) {
        var doc = stored.document(hit.doc);
        byKey.put(doc.get(IndexFields.KEY), doc.get(SearchFields.TITLE));
      }
      List<String> result = List.copyOf(byKey.values());
      return result;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  @Test
  void appliesEachChangeAsTheCurrentState() throws Exception {
    change("1", "Premier titre");
    change("2", "Deuxième note");
    change("1", "Titre corrigé");
    change("2", null);
    IndexProjector projector = projector();
    assertTrue(projector.applyPending(false) >= 4);
    assertEquals(List.of("Titre corrigé"), indexedTitles());
    assertEquals(0, projector.applyPending(false), "nothing is applied twice within a run");
  }

  @Test
  void findsARowCommittedAfterAHigherOne() throws Exception {
    IndexProjector projector = projector();
    projector.applyPending(true);
    titles.put("slow", "Transaction lente");
    try (Connection slow = db.getConnection()) {
      slow.setAutoCommit(false);
      long lower = insert(slow, "slow");
      long higher = change("fast", "Transaction rapide");
      assertTrue(lower < higher);
      projector.applyPending(false);
      assertEquals(List.of("Transaction rapide"), indexedTitles());
      slow.commit();
    }
    projector.applyPending(false);
    assertEquals(List.of("Transaction rapide"), indexedTitles(), "the fast path only looks above the highest id");
    projector.applyPending(true);
    assertEquals(List.of("Transaction rapide", "Transaction lente"), indexedTitles());
  }

  @Test
  void theCheckpointOnlyPassesSettledRows() throws Exception {
    IndexProjector projector = projector();
    projector.applyPending(true);
    projector.commit();
    long before = index.checkpoint();
    long row = change("1", "Note récente");
    projector.applyPending(false);
    projector.commit();
    assertEquals(before, index.checkpoint(), "a row younger than the settle time may still have a gap below it");
    clock.advance(IndexProjector.SETTLE.multipliedBy(3)); // past rows other tests dated ahead with their clocks
    assertTrue(projector.commitIfDue(Duration.ofSeconds(5)));
    assertEquals(row, index.checkpoint());
  }

  @Test
  void aCrashBeforeTheIndexCommitLosesNothing() throws Exception {
    IndexProjector projector = projector();
    change("1", "Avant le dernier enregistrement");
    projector.applyPending(true);
    clock.advance(IndexProjector.SETTLE.plusSeconds(1));
    projector.commit();
    change("2", "Après le dernier enregistrement");
    projector.applyPending(false);
    assertEquals(2, indexedTitles().size());
    index.close(); // no commit: the process died here
    index = SearchIndex.open(dir.resolve("index"), analysis);
    assertEquals(List.of("Avant le dernier enregistrement"), indexedTitles());
    projector().applyPending(true);
    assertEquals(List.of("Avant le dernier enregistrement", "Après le dernier enregistrement"), indexedTitles());
  }

  @Test
  void anUnknownTypeOrABrokenRowIsSkippedNotBlocking() throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement st = c.prepareStatement(
            "INSERT INTO kernel_outbox_event (id, topic, payload, created_at) VALUES ("
                + TestDatabase.nextValue("kernel_outbox_seq") + ", ?, ?, ?)")) {
      c.setAutoCommit(true);
      st.setString(1, SearchChanges.TOPIC);
      st.setString(2, "{pas du json");
      st.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      st.executeUpdate();
    }
    change("1", "Après la ligne illisible");
    IndexProjector projector = new IndexProjector(db, index, (t, id) -> {
      if (!t.equals(type)) {
        throw new IndexProjector.UnknownType(t);
      }
      return current(t, id);
    }, clock);
    projector.applyPending(true);
    assertEquals(List.of("Après la ligne illisible"), indexedTitles());
  }
}
