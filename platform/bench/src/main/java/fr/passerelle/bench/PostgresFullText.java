package fr.passerelle.bench;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL full-text search over the same documents: a {@code tsvector} column (title weight A,
 * summary B, body D) in the {@code french_unaccent} configuration (the {@code french} one with
 * accents removed first), a GIN index on it, facets as text arrays with GIN indexes, visibility as
 * {@code visibility && ARRAY[grants]}, the query through {@code websearch_to_tsquery} (words, quoted
 * phrases, {@code -exclusions}), ranked by {@code ts_rank}, {@code LIMIT 20} plus a
 * {@code count(*)} of the total. It has no typo tolerance and no synonyms: a misspelt word finds
 * nothing, as it would in an application that relied on it.
 *
 * <p>Session settings give it its best chance: each execution planned with its own values
 * ({@code plan_cache_mode = force_custom_plan}), {@code work_mem} 64 MB, no JIT compilation (which
 * costs more than it saves on queries of a few milliseconds).
 */
final class PostgresFullText implements Contender {

  /** How loading went. */
  record Load(double copySeconds, double indexSeconds, long tableBytes) {}

  static final String TABLE = "bench_document";

  private static final Map<String, String> ARRAY_COLUMNS = Map.of(
      SearchFacets.THEME, "themes", SearchFacets.AUDIENCE, "audiences", SearchFacets.LICENCE, "licences",
      SearchFacets.TERRITORY, "territories", SearchFacets.REGION, "regions");

  private final Connection connection;
  private final Map<QueryMix.BenchQuery, PreparedStatement[]> statements = new HashMap<>();

  private PostgresFullText(Connection connection) {
    this.connection = connection;
  }

  /** Connects, creating the database if it does not exist. */
  static PostgresFullText connect(String url, String user, String password) throws SQLException {
    Connection connection = BenchDatabase.connect(url, user, password);
    try (Statement session = connection.createStatement()) {
      session.execute("SET plan_cache_mode = force_custom_plan");
      session.execute("SET work_mem = '64MB'");
      session.execute("SET jit = off");
    }
    return new PostgresFullText(connection);
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  /** Drops and recreates the table, copies the documents in, then builds the indexes. */
  Load load(SyntheticDocuments documents, int count, IntConsumer progress) throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
      ddl.execute("""
          DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
              CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
              ALTER TEXT SEARCH CONFIGURATION french_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
            END IF;
          END $$""");
      ddl.execute("DROP TABLE IF EXISTS " + TABLE);
      ddl.execute("""
          CREATE TABLE bench_document (
            id text NOT NULL,
            type text NOT NULL,
            url text NOT NULL,
            title text NOT NULL,
            summary text NOT NULL,
            body text NOT NULL,
            date timestamptz NOT NULL,
            year integer NOT NULL,
            published boolean NOT NULL,
            themes text[] NOT NULL,
            audiences text[] NOT NULL,
            licences text[] NOT NULL,
            territories text[] NOT NULL,
            regions text[] NOT NULL,
            visibility text[] NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector('french_unaccent', title), 'A')
              || setweight(to_tsvector('french_unaccent', summary), 'B')
              || setweight(to_tsvector('french_unaccent', body), 'D')) STORED)""");
    }
    long start = System.nanoTime();
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
        "COPY " + TABLE + " (id, type, url, title, summary, body, date, year, published, themes, audiences, "
            + "licences, territories, regions, visibility) FROM STDIN");
    try {
      StringBuilder rows = new StringBuilder(1 << 20);
      for (int n = 0; n < count; n++) {
        row(documents.document(n), rows);
        if (rows.length() > (1 << 20) - 8192 || n == count - 1) {
          byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          rows.setLength(0);
        }
        progress.accept(n + 1);
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    double copySeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("SET maintenance_work_mem = '1GB'");
      ddl.execute("ALTER TABLE " + TABLE + " ADD PRIMARY KEY (id)");
      ddl.execute("CREATE INDEX bench_document_tsv ON " + TABLE + " USING gin (tsv)");
      for (String column : List.of("visibility", "themes", "audiences", "licences", "territories", "regions")) {
        ddl.execute("CREATE INDEX bench_document_" + column + " ON " + TABLE + " USING gin (" + column + ")");
      }
      for (String column : List.of("type", "year", "date")) {
        ddl.execute("CREATE INDEX bench_document_" + column + " ON " + TABLE + " (" + column + ")");
      }
      ddl.execute("VACUUM ANALYZE " + TABLE);
      ddl.execute("RESET maintenance_work_mem");
    }
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try (Statement size = connection.createStatement();
        ResultSet rs = size.executeQuery("SELECT pg_total_relation_size('" + TABLE + "')")) {
      rs.next();
      bytes = rs.getLong(1);
    }
    return new Load(copySeconds, indexSeconds, bytes);
  }

  @Override
  public long run(QueryMix.BenchQuery query) throws SQLException {
    PreparedStatement[] prepared = statements.get(query);
    if (prepared == null) {
      prepared = prepare(query);
      statements.put(query, prepared);
    }
    try (ResultSet page = prepared[0].executeQuery()) {
      while (page.next()) {
        page.getString(1);
        page.getString(2);
        page.getString(3);
        page.getString(4);
        page.getTimestamp(5);
      }
    }
    try (ResultSet count = prepared[1].executeQuery()) {
      count.next();
      return count.getLong(1);
    }
  }

  /** The page and the count statements of a query, with their values bound. */
  private PreparedStatement[] prepare(QueryMix.BenchQuery query) throws SQLException {
    boolean text = !query.text().isBlank();
    List<Object> values = new ArrayList<>();
    StringBuilder from = new StringBuilder(" FROM " + TABLE + " d");
    StringBuilder where = new StringBuilder(" WHERE d.visibility && ?");
    if (text) {
      from.append(", websearch_to_tsquery('french_unaccent', ?) q");
      values.add(query.text());
      where.append(" AND d.tsv @@ q");
    }
    values.add(textArray(query.identity().grants()));
    for (Map.Entry<String, Set<String>> filter : query.filters().entrySet()) {
      String name = filter.getKey();
      if (name.equals(SearchFacets.TYPE)) {
        where.append(" AND d.type = ANY(?)");
        values.add(textArray(filter.getValue()));
      } else if (name.equals(SearchFacets.YEAR)) {
        where.append(" AND d.year = ANY(?)");
        values.add(connection.createArrayOf("integer",
            filter.getValue().stream().map(Integer::valueOf).toArray(Integer[]::new)));
      } else {
        where.append(" AND d.").append(ARRAY_COLUMNS.get(name)).append(" && ?");
        values.add(textArray(filter.getValue()));
      }
    }
    String page = "SELECT d.id, d.type, d.title, d.url, d.date"
        + (text ? ", ts_rank(d.tsv, q) AS rank" : "") + from + where
        + (text ? " ORDER BY rank DESC" : " ORDER BY d.date DESC") + " LIMIT " + LuceneFloor.TOP;
    String count = "SELECT count(*)" + from + where;
    PreparedStatement[] prepared = {connection.prepareStatement(page), connection.prepareStatement(count)};
    for (PreparedStatement statement : prepared) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
    }
    return prepared;
  }

  private Array textArray(Collection<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }

  /** One line of COPY's text format. */
  private static void row(SearchDocument d, StringBuilder out) {
    field(out, d.id(), false);
    field(out, d.type(), false);
    field(out, d.url(), false);
    field(out, d.title(), false);
    field(out, d.summary(), false);
    field(out, d.body(), false);
    field(out, d.date().toString(), false);
    field(out, Integer.toString(SyntheticDocuments.year(d)), false);
    field(out, d.published() ? "t" : "f", false);
    for (String facet : List.of(SearchFacets.THEME, SearchFacets.AUDIENCE, SearchFacets.LICENCE,
        SearchFacets.TERRITORY, SearchFacets.REGION)) {
      field(out, arrayLiteral(d.facets().getOrDefault(facet, Set.of())), false);
    }
    field(out, arrayLiteral(d.visibility()), true);
  }

  private static void field(StringBuilder out, String value, boolean last) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    out.append(last ? '\n' : '\t');
  }

  /** {@code {"a","b"}}, each element quoted (a comma or a space inside stays in it). */
  static String arrayLiteral(Collection<String> values) {
    StringBuilder out = new StringBuilder("{");
    for (String value : values) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return out.append('}').toString();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement[] prepared : statements.values()) {
      for (PreparedStatement statement : prepared) {
        statement.close();
      }
    }
    connection.close();
  }
}
