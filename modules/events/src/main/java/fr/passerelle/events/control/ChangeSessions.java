package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registrant changes their sessions from the management link. Seats of the sessions left are freed (and go to
 * the waiting list), seats of the new ones must all be free, or nothing changes.
 */
@ApplicationScoped
public class ChangeSessions {


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

    public void change(String slug, String token, List<Long> wanted, URI base) {
        Event found = events.require(slug);
        SessionChoice.check(found, events.sessions(found.getId()), wanted);
        links.change(slug, token, m -> {
            Registration r = m.registration();
            RegistrationStatus status = r.getStatus();
            if (status.isOver()) {
                throw new Conflict("Cette inscription est " + status.label().toLowerCase(java.util.Locale.ROOT)
                        + " : inscrivez-vous de nouveau pour choisir des sessions.");
            }
            Set<Long> before = new HashSet<>(r.getSessionIds());
            if (before.equals(new HashSet<>(wanted))) {
                return null;
            }
            if (status.holdsSeats()) {
                List<Long> added = wanted.stream().filter(id -> !before.contains(id)).toList();
                List<Long> left = before.stream().filter(id -> !wanted.contains(id)).toList();
                seats.releaseSessions(left);
                if (!seats.claimSessions(added)) {
                    throw new Conflict("Une des sessions choisies est complète : rien n'a été changé. Gardez votre "
                            + "choix actuel, ou choisissez d'autres sessions.");
                }
            }
            r.chooseSessions(wanted);
            registrations.flush();
            waitlist.fill(m.event(), base);
            // A waiting registration the change lets in was just e-mailed as promoted.
            if (r.getStatus() == status) {
                mails.statusChanged(m.event(), r, base, registrations.positionOf(r), false);
            }
            return null;
        });
    }
}
