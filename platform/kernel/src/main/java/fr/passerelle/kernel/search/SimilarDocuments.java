package fr.passerelle.kernel.search;

import java.util.List;
import java.util.Set;

/**
 * Documents like a given one, from the search index (Lucene's MoreLikeThis), trimmed for whoever is asking
 * exactly as search results are. A CDI bean of the search runtime; modules inject it for their
 * "related" blocks.
 */
public interface SimilarDocuments {

    /**
     * @param type  the indexed document's type, e.g. {@code resource}
     * @param id    its id, as its indexer gives it
     * @param types the types wanted, empty for any
     * @return up to {@code max} documents, best first, the document itself excluded; empty when the document is
     *         not indexed, not visible to the caller, or the index is not ready yet
     */
    List<SimilarDocument> like(String type, String id, Set<String> types, int max);
}
