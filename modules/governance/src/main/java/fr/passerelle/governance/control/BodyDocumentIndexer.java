package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchIndexer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the indexers of entities that belong directly to a body share: lookup by id, body, rebuild walk. */
abstract class BodyDocumentIndexer<T> implements SearchIndexer {

    @Inject
    BodyRepository bodies;

    abstract Optional<T> find(long id);

    abstract List<T> pageAfter(long afterId, int max);

    abstract long idOf(T entity);

    abstract long bodyOf(T entity);

    abstract SearchDocument toDocument(T entity, Body body);

    @Override
    public Optional<SearchDocument> document(String id) {
        return InputRules.id(id).flatMap(this::find).flatMap(this::withBody);
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(this::pageAfter, this::idOf, e -> withBody(e).ifPresent(sink));
    }

    private Optional<SearchDocument> withBody(T entity) {
        return bodies.byId(bodyOf(entity)).map(b -> toDocument(entity, b));
    }
}
