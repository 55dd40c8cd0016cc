package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.web.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Events in search, for everyone: one document per event carrying its whole programme (session titles,
 * descriptions, speakers), so a search for a workshop's subject or a speaker finds the event that holds it.
 * Registrations are never indexed: they are personal data.
 */
@ApplicationScoped
public class EventIndexer implements SearchIndexer {

    public static final String TYPE = "event";

    @Inject
    EventRepository events;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Événement";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return EntityIds.parse(id).flatMap(events::byId).map(e -> toDocument(e, events.sessions(e.getId())));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(events::afterId, Event::getId, e -> sink.accept(toDocument(e, events.sessions(e.getId()))));
    }

    static SearchDocument toDocument(Event e, List<EventSession> sessions) {
        StringBuilder body = new StringBuilder(Markdown.toPlainText(e.getDescription()));
        Set<String> themes = new LinkedHashSet<>();
        Set<String> audiences = new LinkedHashSet<>();
        for (EventSession s : sessions) {
            body.append("\n\n").append(s.getKind().label()).append(" : ").append(s.getTitle());
            if (!s.getSpeakers().isEmpty()) {
                body.append(" (").append(String.join(", ", s.getSpeakers())).append(")");
            }
            if (s.getDescription() != null && !s.getDescription().isBlank()) {
                body.append("\n").append(Markdown.toPlainText(s.getDescription()));
            }
            s.getThemes().stream().map(Term::label).forEach(themes::add);
            s.getAudiences().stream().map(Term::label).forEach(audiences::add);
        }
        return SearchDocument.builder(TYPE, String.valueOf(e.getId()))
                .url(e.getPath())
                .title(e.getTitle())
                .summary(capitalised(Dates.span(e.getStartsAt(), e.getEndsAt())) + " — " + e.getVenue())
                .body(body.toString())
                .date(e.getStartsAt())
                .published(true)
                .facet(SearchFacets.THEME, themes)
                .facet(SearchFacets.AUDIENCE, audiences)
                .visibleTo(Visibility.PUBLIC)
                .build();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
