package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Someone registers: seats are taken for the event and each chosen session if all are free (confirmed at once
 * for a signed-in person, pending for a guest until the e-mail link is followed), else the request joins the
 * waiting list. One registration per e-mail per event: asking again returns the one that exists.
 */
@ApplicationScoped
public class RegisterAttendee {

    @Inject
    RetriedTransaction transaction;

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    SeatLedger seats;

    @Inject
    RegistrationMails mails;

    @Inject
    ManagementLinks links;

    @Inject
    Clock clock;

    /**
     * @param registration  what it is now
     * @param created       false when the e-mail had a registration already (a retry, a double click)
     * @param position      on the waiting list, 0 when not waiting
     * @param manageUrl     a management link when the caller may have one now (a new registration, or the
     *                      signed-in owner asking again); null otherwise: the link is in the e-mail
     */
    public record Outcome(Registration registration, boolean created, long position, String manageUrl) {
    }

    public Outcome register(String slug, RegistrationForm.Checked request, URI base) {
        Event found = events.require(slug);
        checkOpen(found, OffsetDateTime.now(clock));
        SessionChoice.check(found, events.sessions(found.getId()), request.sessions());
        return transaction.run(() -> attempt(found.getId(), request, base));
    }

    private Outcome attempt(long eventId, RegistrationForm.Checked request, URI base) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Event event = events.lock(eventId);
        checkOpen(event, now);
        Optional<Registration> existing = registrations.byEmailKey(eventId, request.registrant().emailKey());
        if (existing.isPresent() && !existing.get().getStatus().isOver()) {
            Registration r = existing.get();
            String subject = request.registrant().subject();
            String link = subject != null && subject.equals(r.getSubject()) ? links.issue(event, r, base) : null;
            return new Outcome(r, false, registrations.positionOf(r), link);
        }
        Registration r = existing.orElseGet(() -> new Registration(eventId, request.registrant(), now));
        r.describe(request.registrant());
        r.chooseSessions(request.sessions());
        if (seats.claim(eventId, request.sessions())) {
            r.holdSeats(now, now.plus(EventSettings.pendingDelay()));
        } else {
            r.waitInLine(registrations.nextWaitlistPosition());
        }
        if (existing.isEmpty()) {
            r.assignCheckinCode(Tokens.checkinCode());
            registrations.add(r);
        } else {
            registrations.flush();
        }
        long position = registrations.positionOf(r);
        String link = links.issue(event, r, base);
        mails.statusChanged(event, r, base, position, false);
        return new Outcome(r, true, position, link);
    }

    static void checkOpen(Event event, OffsetDateTime now) {
        if (event.isRegistrationClosed()) {
            throw new Conflict("Les inscriptions à « " + event.getTitle() + " » sont fermées par les organisateurs.");
        }
        if (now.isBefore(event.getRegistrationOpensAt())) {
            throw new Conflict("Les inscriptions à « " + event.getTitle() + " » ne sont pas encore ouvertes : elles "
                    + "ouvrent le " + Dates.dayAndTime(event.getRegistrationOpensAt()) + ".");
        }
        if (!now.isBefore(event.getRegistrationClosesAt())) {
            throw new Conflict("Les inscriptions à « " + event.getTitle() + " » sont closes depuis le "
                    + Dates.dayAndTime(event.getRegistrationClosesAt()) + ".");
        }
    }
}
