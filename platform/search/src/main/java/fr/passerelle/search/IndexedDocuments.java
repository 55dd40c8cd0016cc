package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The modules' indexers, found as CDI beans, called in a transaction of their own (the index is fed
 * from a background thread, outside any request).
 */
@ApplicationScoped
public class IndexedDocuments implements IndexProjector.Documents {

  @Inject Instance<SearchIndexer> indexers;

  private volatile Map<String, SearchIndexer> byType;

  /**
   * Type code to indexer, in a stable order. Looked up once: the beans are fixed at deployment, and
   * this is asked for every change applied and every type label shown.
   */
  public Map<String, SearchIndexer> byType() {
    Map<String, SearchIndexer> known = byType;
    if (known == null) {
      Map<String, SearchIndexer> found = new LinkedHashMap<>();
      indexers.stream()
          .sorted(java.util.Comparator.comparing(SearchIndexer::type))
          .forEach(i -> found.put(i.type(), i));
      known = java.util.Collections.unmodifiableMap(found);
      byType = known;
    }
    return known;
  }

  /** The French name of a type, or the code itself for a type no module knows. */
  public String label(String type) {
    SearchIndexer indexer = byType().get(type);
    return indexer == null ? type : indexer.label();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<SearchDocument> current(String type, String id) {
    SearchIndexer indexer = byType().get(type);
    if (indexer == null) {
      throw new IndexProjector.UnknownType(type);
    }
    return indexer.document(id);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void exportAll(SearchIndexer indexer, Consumer<SearchDocument> sink) {
    indexer.exportAll(sink);
  }
}
