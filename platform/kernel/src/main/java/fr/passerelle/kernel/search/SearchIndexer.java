package fr.passerelle.kernel.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module's contribution to search: turns its entities of one type into {@link SearchDocument}s.
 * Implementations are CDI beans, found without being listed.
 *
 * <p>The index never trusts an event's content: on each {@link SearchChanges#changed} it asks the
 * indexer for the entity's current state, so applying a change twice, late or out of order still
 * ends with what the database holds.
 */
public interface SearchIndexer {

    /** Stable code of the documents' type, lowercase ASCII with hyphens, e.g. {@code resource}. */
    String type();

    /** French name of the type, as shown in facets and results, e.g. "Ressource". */
    String label();

    /**
     * The current document for an entity id, or empty if it no longer exists or must not be indexed
     * at all (it is then removed from the index). Called outside any web request.
     */
    Optional<SearchDocument> document(String id);

    /** Every document of this type, for a full rebuild of the index. */
    void exportAll(Consumer<SearchDocument> sink);
}
