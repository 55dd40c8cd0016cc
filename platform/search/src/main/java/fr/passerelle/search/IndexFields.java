package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * How a {@link SearchDocument} is laid out in Lucene: the fields, their analysis, and the facet
 * configuration. Queries, the index and the benchmark all read the layout from here.
 */
final class IndexFields {

  /** {@code type:id}, unique: the term updates and deletes go by. */
  static final String KEY = "key";

  static final String TYPE = "type";
  static final String ID = "id";
  static final String URL = "url";

  /** Epoch milliseconds: stored for display, doc values for sorting and freshness. */
  static final String DATE = "date";

  /** 1 for published content, 0 for drafts and proposals, in doc values for the ranking boost. */
  static final String PUBLISHED = "published";

  /** One untokenised term per grant of {@code fr.passerelle.kernel.search.Visibility}. */
  static final String VISIBILITY = "visibility";

  /** Word beginnings of the title, for autocompletion. */
  static final String TITLE_PREFIX = "title_prefix";

  /** Words as written (folded, unstemmed) of all text, the vocabulary of "did you mean". */
  static final String SPELLING = "spelling";

  static final String LOCATION = "location";
  static final String LATITUDE = "latitude";
  static final String LONGITUDE = "longitude";

  /** Text stored for snippets and indexed with offsets, so that highlighting needs no re-analysis. */
  static final FieldType HIGHLIGHTED_TEXT = highlightedText();

  /** Paris time for the year facet: a document of 31 December 23:30 UTC belongs to the next year. */
  static final ZoneId YEAR_ZONE = ZoneId.of("Europe/Paris");

  private IndexFields() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String name : SearchFacets.NAMES) {
      config.setMultiValued(name, true);
    }
    return config;
  }

  /** The index-time analyzer of each field. */
  static Analyzer indexAnalyzer(FrenchAnalysis analysis) {
    return new PerFieldAnalyzerWrapper(
        analysis.indexAnalyzer(),
        Map.of(TITLE_PREFIX, analysis.prefixAnalyzer(), SPELLING, analysis.formsAnalyzer()));
  }

  /** The Lucene document, facets included (the config turns facet fields into doc values). */
  static Document toLucene(SearchDocument d, FacetsConfig config) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(KEY, d.key(), Field.Store.YES));
    doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
    doc.add(new StoredField(ID, d.id()));
    doc.add(new StoredField(URL, d.url()));
    doc.add(new Field(SearchFields.TITLE, d.title(), HIGHLIGHTED_TEXT));
    doc.add(new Field(SearchFields.SUMMARY, d.summary(), HIGHLIGHTED_TEXT));
    doc.add(new Field(SearchFields.BODY, d.body(), HIGHLIGHTED_TEXT));
    doc.add(new TextField(TITLE_PREFIX, d.title(), Field.Store.NO));
    doc.add(new TextField(SPELLING, d.title(), Field.Store.NO));
    doc.add(new TextField(SPELLING, d.summary(), Field.Store.NO));
    doc.add(new TextField(SPELLING, d.body(), Field.Store.NO));
    long millis = d.date().toInstant().toEpochMilli();
    doc.add(new NumericDocValuesField(DATE, millis));
    doc.add(new StoredField(DATE, millis));
    doc.add(new NumericDocValuesField(PUBLISHED, d.published() ? 1 : 0));
    for (String grant : d.visibility()) {
      doc.add(new StringField(VISIBILITY, grant, Field.Store.NO));
    }
    if (d.latitude() != null) {
      doc.add(new LatLonPoint(LOCATION, d.latitude(), d.longitude()));
      doc.add(new StoredField(LATITUDE, d.latitude()));
      doc.add(new StoredField(LONGITUDE, d.longitude()));
    }
    doc.add(new SortedSetDocValuesFacetField(SearchFacets.TYPE, d.type()));
    doc.add(
        new SortedSetDocValuesFacetField(
            SearchFacets.YEAR, String.valueOf(d.date().atZoneSameInstant(YEAR_ZONE).getYear())));
    for (Map.Entry<String, Set<String>> facet : d.facets().entrySet()) {
      if (facet.getKey().equals(SearchFacets.TYPE) || facet.getKey().equals(SearchFacets.YEAR)) {
        continue; // derived above: one source of truth per document
      }
      for (String value : facet.getValue()) {
        doc.add(new SortedSetDocValuesFacetField(facet.getKey(), value));
      }
    }
    return config.build(doc);
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
