package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;

/**
 * Organisers change the capacity of an event or a session. Lowering it below the seats held is refused with both
 * numbers; raising it serves the waiting list in the same transaction.
 */
@ApplicationScoped
public class ChangeCapacity {

    @Inject
    RetriedTransaction transaction;

    @Inject
    EventRepository events;

    @Inject
    SeatLedger seats;

    @Inject
    PromoteWaitlist waitlist;

    /** @param sessionId null for the event's own capacity */
    public void change(Event event, Long sessionId, Integer capacity, URI base) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int value = EventDescription.capacity(errors, "capacity", capacity);
        errors.throwIfAny();
        EventSession session = sessionId == null ? null : events.session(event.getId(), sessionId)
                .orElseThrow(() -> new NotFoundException("Aucune session de cet événement ne porte ce numéro."));
        transaction.run(() -> {
            Event locked = events.lock(event.getId());
            if (session == null) {
                seats.changeCapacity("events_event", locked.getId(), value, "l'événement");
            } else {
                seats.changeCapacity("events_session", session.getId(), value, "la session « " + session.getTitle() + " »");
            }
            waitlist.fill(locked, base);
            return null;
        });
    }
}
