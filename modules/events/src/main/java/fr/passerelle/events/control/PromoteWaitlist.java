package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Gives freed seats to the waiting list, in order: each waiting registration, first in line first, is promoted if
 * every seat it asks for is free; those still blocked by a full session keep their place. Runs in the transaction
 * that freed the seats (cancellation, expiry, capacity raised), with the event locked, so a person is promoted
 * once and e-mailed once, by whichever node freed the seat.
 */
@ApplicationScoped
public class PromoteWaitlist {

    @Inject
    RegistrationRepository registrations;

    @Inject
    SeatLedger seats;

    @Inject
    RegistrationMails mails;

    @Inject
    Clock clock;

    /** @return how many were promoted */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(Event event, URI base) {
        int eventSeats = seats.freeEventSeats(event.getId());
        if (eventSeats <= 0) {
            return 0;
        }
        Map<Long, Integer> free = seats.freeSeats(event.getId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int promoted = 0;
        for (Registration waiting : registrations.waitlisted(event.getId())) {
            if (eventSeats <= 0) {
                break;
            }
            if (!waiting.getSessionIds().stream().allMatch(id -> free.getOrDefault(id, 0) > 0)) {
                continue;
            }
            if (!seats.claim(event.getId(), waiting.getSessionIds())) {
                continue;
            }
            eventSeats--;
            waiting.getSessionIds().forEach(id -> free.merge(id, -1, Integer::sum));
            waiting.holdSeats(now, now.plus(EventSettings.pendingDelay()));
            registrations.flush();
            mails.statusChanged(event, waiting, base, 0, true);
            promoted++;
        }
        return promoted;
    }
}
