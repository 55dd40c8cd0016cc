package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;

/** The registrant cancels from their management link: the seats go to the waiting list at once. */
@ApplicationScoped
public class CancelRegistration {


    @Inject
    EventRepository events;

    @Inject
    ManagementLinks links;

    @Inject
    SeatLedger seats;

    @Inject
    PromoteWaitlist waitlist;

    @Inject
    RegistrationMails mails;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    public void cancel(String slug, String token, URI base) {
        links.change(slug, token, m -> {
            Registration r = m.registration();
            if (r.getStatus().isOver()) {
                throw new Conflict("Cette inscription est déjà " + r.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                        + " : il n'y a plus rien à annuler.");
            }
            release(m.event(), r, OffsetDateTime.now(clock));
            mails.cancelled(m.event(), r);
            waitlist.fill(m.event(), base);
            return null;
        });
    }

    /**
     * The id of the registration a token opens, to check it against the one an API call names.
     *
     * @throws jakarta.ws.rs.NotFoundException for an unknown, forged or erased token
     */
    public long registrationOf(String slug, String token) {
        return links.require(events.require(slug), token).getId();
    }

    /** Cancels and frees the seats it held; the caller has locked the event. */
    void release(Event event, Registration r, OffsetDateTime now) {
        if (r.getStatus().holdsSeats()) {
            seats.release(event.getId(), r.getSessionIds());
        }
        r.cancel(now);
        registrations.flush();
    }
}
