package fr.passerelle.events.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventDetails;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.SessionDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** An administrator creates an event and adds the sessions of its programme. */
@ApplicationScoped
public class PlanEvent {

    @Inject
    EventRepository events;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Transactional
    public Event create(String slug, EventDetails details) {
        if (slug == null || slug.isBlank()) {
            slug = Slugs.of(details.title());
        }
        if (!Slugs.isValid(slug)) {
            throw InvalidInput.of("slug", "doit être en minuscules sans accent, avec des chiffres et des tirets ("
                    + Slugs.MAX_LENGTH + " caractères au plus)");
        }
        if (events.slugTaken(slug)) {
            throw new Conflict("L'identifiant « " + slug + " » est déjà celui d'un autre événement.");
        }
        Event event = new Event(slug, OffsetDateTime.now(clock));
        event.describe(details);
        event.initialCapacity(details.capacity());
        events.add(event);
        search.changed(EventIndexer.TYPE, event.getId());
        return event;
    }

    @Transactional
    public EventSession addSession(Event event, SessionDetails details, String code) {
        EventSession session = new EventSession(event.getId(), code, details.capacity());
        session.describe(details);
        events.add(session);
        search.changed(EventIndexer.TYPE, event.getId());
        return session;
    }
}
