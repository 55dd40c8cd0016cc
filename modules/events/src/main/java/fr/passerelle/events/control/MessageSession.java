package fr.passerelle.events.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** Organisers write to everyone holding a seat in a session (a room change, a delay); one e-mail each, via the outbox. */
@ApplicationScoped
public class MessageSession {

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationMails mails;

    /** @return how many e-mails were queued */
    @Transactional
    public int send(Event event, long sessionId, String subject, String body) {
        EventSession session = events.session(event.getId(), sessionId)
                .orElseThrow(() -> new NotFoundException("Aucune session de cet événement ne porte ce numéro."));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String s = TextFields.line(errors, "subject", subject, 200);
        String b = TextFields.text(errors, "body", body, 10_000);
        if (b.isEmpty()) {
            errors.add("body", "est obligatoire");
        }
        errors.throwIfAny();
        List<Registration> holders = registrations.holding(session.getId()).stream()
                .filter(r -> r.getEmail() != null).toList();
        holders.forEach(r -> mails.sessionMessage(event, session, r, s, b));
        return holders.size();
    }
}
