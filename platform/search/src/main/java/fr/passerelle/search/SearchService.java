package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SimilarDocument;
import fr.passerelle.kernel.web.HtmlEscaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Searches an index for someone: every query is filtered, inside Lucene, by the grants of the asker
 * (see {@code fr.passerelle.kernel.search.Visibility}), so that hits, totals, facet counts, snippets,
 * corrections and suggestions only ever come from documents they may see.
 */
public final class SearchService {

  /** Values listed per facet; the rest are reachable by refining the query. */
  static final int FACET_VALUES = 30;

  static final int SNIPPET_LENGTH = 240;
  static final int MAX_SUGGESTIONS = 10;
  static final int MAX_SUGGEST_INPUT = 100;

  private static final Sort BY_DATE =
      new Sort(new SortField(IndexFields.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);

  private final SearchIndex index;
  private final FrenchAnalysis analysis;
  private final QueryParsing parsing;
  private final UnaryOperator<String> typeLabels;

  /** @param typeLabels the French name of a document type code */
  public SearchService(SearchIndex index, FrenchAnalysis analysis, UnaryOperator<String> typeLabels) {
    this.index = index;
    this.analysis = analysis;
    this.parsing = new QueryParsing(analysis);
    this.typeLabels = typeLabels;
  }

  /** @param grants what the asker holds; an empty set sees nothing */
  public SearchResults search(SearchRequest request, Set<String> grants) {
    SearchQuery parsed = parsing.parse(request.text());
    FacetedSearcher searcher = index.acquire();
    try {
      return search(searcher, request, parsed, grants);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  /** Titles completing what is being typed, best first, from documents the asker may see. */
  public List<String> suggest(String typed, Set<String> grants) {
    if (typed == null) {
      return List.of();
    }
    String input = typed.length() > MAX_SUGGEST_INPUT ? typed.substring(0, MAX_SUGGEST_INPUT) : typed;
    List<String> words = forms(input);
    if (words.isEmpty() || (words.size() == 1 && words.get(0).length() < 2)) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : words.subList(Math.max(0, words.size() - 8), words.size())) {
      String prefix = word.length() > FrenchAnalysis.MAX_PREFIX ? word.substring(0, FrenchAnalysis.MAX_PREFIX) : word;
      query.add(new TermQuery(new Term(IndexFields.TITLE_PREFIX, prefix)), Occur.MUST);
    }
    query.add(visibleTo(grants), Occur.FILTER);
    FacetedSearcher searcher = index.acquire();
    try {
      Sort order = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.DATE, SortField.Type.LONG, true));
      TopFieldDocs top = searcher.search(query.build(), MAX_SUGGESTIONS * 3, order);
      StoredFields stored = searcher.storedFields();
      Set<String> titles = new LinkedHashSet<>();
      for (ScoreDoc hit : top.scoreDocs) {
        titles.add(stored.document(hit.doc, Set.of(SearchFields.TITLE)).get(SearchFields.TITLE));
        if (titles.size() == MAX_SUGGESTIONS) {
          break;
        }
      }
      return List.copyOf(titles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  /**
   * Documents like the one of {@code type} and {@code id} (MoreLikeThis over title, summary and body), among
   * {@code types} (empty for all), visible with {@code grants}; nothing when that document is not visible itself.
   */
  public List<SimilarDocument> similar(String type, String id, Set<String> types, int max, Set<String> grants) {
    FacetedSearcher searcher = index.acquire();
    try {
      Term key = new Term(IndexFields.KEY, SearchDocument.key(type, id));
      TopDocs source = searcher.search(new BooleanQuery.Builder().add(new TermQuery(key), Occur.MUST)
          .add(visibleTo(grants), Occur.FILTER).build(), 1);
      if (source.scoreDocs.length == 0) {
        return List.of();
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analysis.indexAnalyzer());
      mlt.setFieldNames(new String[] {SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.BODY});
      // The corpus is small (tens to thousands of documents): Lucene's defaults (a word seen twice in the
      // document and in five documents) would find nothing for short texts.
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      mlt.setMaxDocFreq(Math.max(5, searcher.getIndexReader().numDocs() * 6 / 10));
      mlt.setMinWordLen(3);
      mlt.setMaxQueryTerms(30);
      BooleanQuery.Builder query = new BooleanQuery.Builder()
          .add(mlt.like(source.scoreDocs[0].doc), Occur.MUST)
          .add(new TermQuery(key), Occur.MUST_NOT)
          .add(visibleTo(grants), Occur.FILTER);
      if (!types.isEmpty()) {
        query.add(new TermInSetQuery(IndexFields.TYPE, types.stream().map(BytesRef::new).toList()), Occur.FILTER);
      }
      StoredFields stored = searcher.storedFields();
      List<SimilarDocument> similar = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
        Document doc = stored.document(hit.doc);
        similar.add(new SimilarDocument(doc.get(IndexFields.TYPE), doc.get(IndexFields.ID), doc.get(SearchFields.TITLE),
            doc.get(IndexFields.URL), plainSummary(doc.get(SearchFields.SUMMARY), doc.get(SearchFields.BODY))));
      }
      return similar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private SearchResults search(
      FacetedSearcher searcher, SearchRequest request, SearchQuery parsed, Set<String> grants) throws IOException {
    int page = request.paging().page();
    int size = request.paging().size();
    if (searcher.facetState() == null) {
      return new SearchResults(parsed.text(), 0, List.of(), Map.of(), null, page, size, false);
    }
    SearchResults exact = search(searcher, request, parsed, parsed.query(), grants);
    if (exact.total() > 0 || parsed.isEmpty()) {
      return exact;
    }
    Query relaxed = QueryParsing.relaxed(parsed.query());
    if (relaxed != null) {
      SearchResults closest = search(searcher, request, parsed, relaxed, grants);
      if (closest.total() > 0) {
        return closest;
      }
    }
    return new SearchResults(exact.query(), 0, List.of(), exact.facets(), didYouMean(searcher, request, grants),
        page, size, false);
  }

  private SearchResults search(FacetedSearcher searcher, SearchRequest request, SearchQuery parsed, Query textQuery,
      Set<String> grants) throws IOException {
    int page = request.paging().page();
    int size = request.paging().size();
    // Rewritten once, against this searcher: each typo-tolerant word becomes the few index terms it
    // stands for, which the search and the highlighter then share. Given the fuzzy queries
    // themselves, the highlighter re-analyses the text of every hit into a memory index and rebuilds
    // the typo automata for each hit and field: nine tenths of the time of a query, before.
    SearchQuery text = parsed.isEmpty() ? parsed : new SearchQuery(parsed.text(), searcher.rewrite(textQuery));
    DrillDownQuery query = drillDown(rankedAndTrimmed(text, grants), request.filters());
    DrillSideways sideways = new DrillSideways(searcher, index.facetsConfig(), searcher.facetState());
    int depth = page * size;
    boolean byDate = request.order() == SearchRequest.Order.DATE || parsed.isEmpty();
    DrillSideways.DrillSidewaysResult result =
        byDate ? sideways.search(query, null, null, depth, BY_DATE, true) : sideways.search(query, depth);

    long total = countAll(result);
    ScoreDoc[] all = result.hits.scoreDocs;
    ScoreDoc[] pageDocs = all.length <= (page - 1) * size
        ? new ScoreDoc[0] : Arrays.copyOfRange(all, (page - 1) * size, Math.min(all.length, depth));
    List<SearchResults.Hit> hits = hits(searcher, text, pageDocs);

    Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
    for (String name : SearchFacets.NAMES) {
      facets.put(name, facetValues(result, name, request.filters().getOrDefault(name, Set.of())));
    }
    return new SearchResults(parsed.text(), total, hits, facets, null, page, size, textQuery != parsed.query());
  }

  /** The text query ranked with the freshness boost, restricted to what the grants may see. */
  private static Query rankedAndTrimmed(SearchQuery parsed, Set<String> grants) {
    Query text = parsed.isEmpty()
        ? new MatchAllDocsQuery()
        : FunctionScoreQuery.boostByValue(parsed.query(), new FreshnessBoost(System.currentTimeMillis()));
    return new BooleanQuery.Builder().add(text, Occur.MUST).add(visibleTo(grants), Occur.FILTER).build();
  }

  static Query visibleTo(Set<String> grants) {
    List<BytesRef> terms = grants.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(IndexFields.VISIBILITY, terms);
  }

  private DrillDownQuery drillDown(Query base, Map<String, Set<String>> filters) {
    DrillDownQuery query = new DrillDownQuery(index.facetsConfig(), base);
    filters.forEach((name, values) -> values.forEach(value -> query.add(name, value)));
    return query;
  }

  /** Exact, unlike a top-docs total, which stops counting past a threshold. */
  private static long countAll(DrillSideways.DrillSidewaysResult result) {
    FacetsCollector all = result.drillDownFacetsCollector;
    if (all == null) {
      TotalHits hits = result.hits.totalHits;
      return hits.value;
    }
    long count = 0;
    for (FacetsCollector.MatchingDocs docs : all.getMatchingDocs()) {
      count += docs.totalHits;
    }
    return count;
  }

  private List<SearchResults.FacetValue> facetValues(
      DrillSideways.DrillSidewaysResult result, String name, Set<String> selected) throws IOException {
    FacetResult counts;
    try {
      counts = result.facets.getTopChildren(FACET_VALUES, name);
    } catch (IllegalArgumentException noSuchDimension) {
      counts = null; // no document has a value for this facet yet
    }
    List<SearchResults.FacetValue> values = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    if (counts != null) {
      for (LabelAndValue lv : counts.labelValues) {
        values.add(new SearchResults.FacetValue(
            lv.label, label(name, lv.label), lv.value.intValue(), selected.contains(lv.label)));
        listed.add(lv.label);
      }
    }
    for (String value : selected) {
      if (!listed.contains(value)) {
        // still shown, so that it can be unselected
        values.add(new SearchResults.FacetValue(value, label(name, value), 0, true));
      }
    }
    return List.copyOf(values);
  }

  private String label(String facet, String value) {
    return SearchFacets.TYPE.equals(facet) ? typeLabels.apply(value) : value;
  }

  private List<SearchResults.Hit> hits(FacetedSearcher searcher, SearchQuery parsed, ScoreDoc[] docs)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    String[] summaries = null;
    String[] bodies = null;
    if (!parsed.isEmpty()) {
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
          .withMaxNoHighlightPassages(0)
          .withMaxLength(50_000)
          .build();
      TopDocs topDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
      Map<String, String[]> snippets = highlighter.highlightFields(
          new String[] {SearchFields.SUMMARY, SearchFields.BODY}, parsed.query(), topDocs, new int[] {1, 2});
      summaries = snippets.get(SearchFields.SUMMARY);
      bodies = snippets.get(SearchFields.BODY);
    }
    StoredFields stored = searcher.storedFields();
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc);
      String snippet = firstNonBlank(
          summaries == null ? null : summaries[i],
          bodies == null ? null : bodies[i]);
      if (snippet == null) {
        snippet = plainExtract(doc.get(SearchFields.SUMMARY), doc.get(SearchFields.BODY));
      }
      OffsetDateTime date = Instant.ofEpochMilli(doc.getField(IndexFields.DATE).numericValue().longValue())
          .atOffset(ZoneOffset.UTC);
      hits.add(new SearchResults.Hit(doc.get(IndexFields.TYPE), doc.get(IndexFields.ID),
          doc.get(SearchFields.TITLE), doc.get(IndexFields.URL), snippet, date, docs[i].score));
    }
    return hits;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** The beginning of the summary, or of the body, escaped, cut at a word. */
  static String plainExtract(String summary, String body) {
    return HtmlEscaper.escape(plainSummary(summary, body));
  }

  /** The beginning of the summary, or of the body, as plain text cut at a word. */
  static String plainSummary(String summary, String body) {
    String text = summary != null && !summary.isBlank() ? summary : body == null ? "" : body;
    text = text.strip().replaceAll("\\s+", " ");
    if (text.length() > SNIPPET_LENGTH) {
      int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
      text = text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }
    return text;
  }

  /**
   * A query with each unknown word replaced by the closest word of the index, offered only if it finds
   * something the asker may see: a word known only from documents they may not see is never shown.
   */
  private String didYouMean(FacetedSearcher searcher, SearchRequest request, Set<String> grants) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMinQueryLength(3);
    List<String> words = forms(request.text());
    if (words.isEmpty() || words.size() > 8) {
      return null;
    }
    boolean changed = false;
    List<String> corrected = new ArrayList<>(words.size());
    for (String word : words) {
      Term term = new Term(IndexFields.SPELLING, word);
      String replacement = word;
      if (word.length() >= 3 && searcher.getIndexReader().docFreq(term) == 0) {
        SuggestWord[] similar = checker.suggestSimilar(term, 1, searcher.getIndexReader(),
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (similar.length > 0) {
          replacement = similar[0].string;
          changed = true;
        }
      }
      corrected.add(replacement);
    }
    if (!changed) {
      return null;
    }
    String text = String.join(" ", corrected);
    SearchQuery retry = parsing.parse(text);
    if (retry.isEmpty()) {
      return null;
    }
    DrillDownQuery query = drillDown(rankedAndTrimmed(retry, grants), request.filters());
    return searcher.count(query) > 0 ? text : null;
  }

  /** Words as written, folded and unstemmed: the vocabulary of suggestions and corrections. */
  private List<String> forms(String text) {
    List<String> words = new ArrayList<>();
    Analyzer forms = analysis.formsAnalyzer();
    try (TokenStream stream = forms.tokenStream(IndexFields.SPELLING, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && words.size() < QueryParsing.MAX_WORDS) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
