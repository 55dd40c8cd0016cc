package fr.passerelle.app.probe;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Test-only indexer (added to test deployments, never to the WAR): notes kept in memory with the
 * visibility a test gives them, to exercise trimming for grants no module offers yet.
 */
@ApplicationScoped
public class ProbeNotes implements SearchIndexer {

    public record Note(String title, String body, String theme, List<String> visibility) {
    }

    static final Map<String, Note> NOTES = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return "note";
    }

    @Override
    public String label() {
        return "Note d'essai";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        Note note = NOTES.get(id);
        if (note == null) {
            return Optional.empty();
        }
        return Optional.of(SearchDocument.builder(type(), id).url("/notes/" + id).title(note.title())
                .body(note.body()).date(OffsetDateTime.now()).facet(SearchFacets.THEME, note.theme())
                .visibleTo(note.visibility()).build());
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        NOTES.keySet().forEach(id -> document(id).ifPresent(sink));
    }
}
