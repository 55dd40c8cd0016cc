package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Organisers close registration before its date, or open it again (within its dates). */
@ApplicationScoped
public class CloseRegistration {

    @Inject
    RetriedTransaction transaction;

    @Inject
    EventRepository events;

    public void set(Event event, boolean closed) {
        transaction.run(() -> {
            events.lock(event.getId()).closeRegistration(closed);
            return null;
        });
    }
}
