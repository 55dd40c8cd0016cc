package fr.passerelle.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet ordinals of its reader. Building them costs a pass over the facet values,
 * so it is done once per refresh, by the thread that refreshes, and never by a search.
 */
public final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState = hasFacets(reader, config) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  /** Null while the index holds no document (there are no facet values to count yet). */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader, FacetsConfig config) {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    return info != null && reader.numDocs() > 0;
  }

  static final class Factory extends SearcherFactory {
    private final FacetsConfig config;

    Factory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetedSearcher(reader, config);
    }
  }
}
