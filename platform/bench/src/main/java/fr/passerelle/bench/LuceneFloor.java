package fr.passerelle.bench;

import fr.passerelle.kernel.search.SearchFacets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The floor: the same index searched with Lucene's own classes and the platform's query analyzer,
 * and no platform code. Each word must match in the title (×3), summary (×2) or body, as itself,
 * through Lucene's {@link QueryBuilder} (which expands the analyzer's synonyms), or with a typo when
 * it has five letters or more (two from eight), like the platform; quoted text is a
 * {@code PhraseQuery}; visibility and facet filters are {@code TermInSetQuery} filters on the terms
 * the index has for them.
 *
 * <p>With {@code facets}, it also counts every facet over the whole result set (one
 * {@code FacetsCollector}, {@code SortedSetDocValuesFacetCounts}, 30 values per facet) and counts the
 * total exactly: the same work as a results page, minus what the platform adds (freshness boost,
 * counts of a selected facet as if unselected, snippets, compound and synonym variants, clause
 * budget). Without, it is only the top 20 with Lucene's default total (exact up to 1,000).
 *
 * <p>Field names are those of the index layout ({@code fr.passerelle.search.IndexFields}).
 */
final class LuceneFloor implements Contender {

  static final String VISIBILITY = "visibility";
  static final String DATE = "date";
  static final String[] TEXT_FIELDS = {"title", "summary", "body"};
  static final float[] BOOSTS = {3f, 2f, 1f};
  static final Set<String> SHOWN = Set.of("type", "id", "url", "title", "date");
  static final int TOP = 20;
  static final int FACET_VALUES = 30;

  private static final Pattern CLAUSE = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

  private final boolean facets;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder builder;
  private final SortedSetDocValuesReaderState facetState;

  LuceneFloor(Path index, Analyzer queryAnalyzer, boolean facets) throws IOException {
    this.facets = facets;
    this.directory = FSDirectory.open(index);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.builder = new QueryBuilder(queryAnalyzer);
    builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    FacetsConfig config = new FacetsConfig();
    SearchFacets.NAMES.forEach(name -> config.setMultiValued(name, true));
    this.facetState = facets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  @Override
  public String name() {
    return facets ? "Lucene (plancher)" : "Lucene, top 20 seul";
  }

  @Override
  public long run(QueryMix.BenchQuery bench) throws IOException {
    Query query = query(bench);
    Sort sort = bench.text().isBlank() ? new Sort(new SortField(DATE, SortField.Type.LONG, true)) : null;
    TopDocs top;
    long total;
    if (facets) {
      FacetsCollectorManager.FacetsResult result = sort == null
          ? FacetsCollectorManager.search(searcher, query, TOP, new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, query, TOP, sort, new FacetsCollectorManager());
      top = result.topDocs();
      SortedSetDocValuesFacetCounts counts =
          new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
      for (String name : SearchFacets.NAMES) {
        try {
          counts.getTopChildren(FACET_VALUES, name);
        } catch (IllegalArgumentException noValueYet) {
          // a facet no document has
        }
      }
      total = 0;
      for (FacetsCollector.MatchingDocs docs : result.facetsCollector().getMatchingDocs()) {
        total += docs.totalHits;
      }
    } else {
      top = sort == null ? searcher.search(query, TOP) : searcher.search(query, TOP, sort);
      total = top.totalHits.value;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      stored.document(hit.doc, SHOWN);
    }
    return total;
  }

  Query query(QueryMix.BenchQuery bench) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(text(bench.text()), Occur.MUST);
    List<BytesRef> grants = bench.identity().grants().stream().map(BytesRef::new).toList();
    query.add(new TermInSetQuery(VISIBILITY, grants), Occur.FILTER);
    for (Map.Entry<String, Set<String>> filter : bench.filters().entrySet()) {
      List<BytesRef> terms = new ArrayList<>();
      for (String value : filter.getValue()) {
        terms.add(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, filter.getKey(), value).bytes());
      }
      query.add(new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, terms), Occur.FILTER);
    }
    return query.build();
  }

  private Query text(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean required = false;
    boolean any = false;
    Matcher m = CLAUSE.matcher(text);
    while (m.find()) {
      boolean phrase = m.group(2) != null;
      boolean excluded = !(phrase ? m.group(1) : m.group(3)).isEmpty();
      String words = phrase ? m.group(2) : m.group(4);
      Query clause = phrase || excluded ? phrase(words) : word(words);
      if (clause != null) {
        all.add(clause, excluded ? Occur.MUST_NOT : Occur.MUST);
        required |= !excluded;
        any = true;
      }
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    if (!required) {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return all.build();
  }

  /** The word in any text field, or close to it. */
  private Query word(String word) {
    List<Query> alternatives = new ArrayList<>();
    for (int f = 0; f < TEXT_FIELDS.length; f++) {
      Query exact = builder.createBooleanQuery(TEXT_FIELDS[f], word, Occur.MUST);
      if (exact != null) {
        alternatives.add(new BoostQuery(exact, BOOSTS[f]));
      }
    }
    if (alternatives.isEmpty()) {
      return null; // a stop word
    }
    String folded = fold(word);
    if (folded.length() >= 5 && folded.chars().allMatch(Character::isLetter)) {
      int edits = folded.length() >= 8 ? 2 : 1;
      for (int f = 0; f < TEXT_FIELDS.length; f++) {
        Query fuzzy = new FuzzyQuery(new Term(TEXT_FIELDS[f], folded), edits, 1, 10, true);
        alternatives.add(new BoostQuery(fuzzy, BOOSTS[f] * 0.2f));
      }
    }
    return new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  private Query phrase(String words) {
    List<Query> alternatives = new ArrayList<>();
    for (int f = 0; f < TEXT_FIELDS.length; f++) {
      Query phrase = builder.createPhraseQuery(TEXT_FIELDS[f], words);
      if (phrase != null) {
        alternatives.add(new BoostQuery(phrase, BOOSTS[f]));
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  /** Lower case without accents: the unstemmed forms the index keeps beside the stems. */
  static String fold(String word) {
    char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[lower.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
    return new String(out, 0, length);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
