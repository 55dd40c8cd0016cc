package fr.passerelle.events.control;

import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import fr.passerelle.kernel.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Guests who did not follow their confirmation link in time lose their request: its seats are freed and go to
 * the waiting list. One transaction per registration, each re-checking, under the event's lock, that the
 * registration is still pending and late, so a run that overlaps a confirmation or another node changes nothing.
 */
@ApplicationScoped
public class ExpirePendingRegistrations implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ExpirePendingRegistrations.class.getName());
    static final int BATCH = 500;

    @Inject
    RetriedTransaction transaction;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventRepository events;

    @Inject
    SeatLedger seats;

    @Inject
    PromoteWaitlist waitlist;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "events-expiry";
    }

    @Override
    public Duration period() {
        return Duration.ofMinutes(5);
    }

    @Override
    public void run() {
        List<Long> late = registrations.expiredPending(OffsetDateTime.now(clock), BATCH);
        int expired = 0;
        for (long id : late) {
            if (transaction.run(() -> expire(id))) {
                expired++;
            }
        }
        if (expired > 0) {
            int count = expired;
            LOG.info(() -> "Inscriptions non confirmées à temps : " + count + " expirée(s), places libérées");
        }
    }

    private boolean expire(long id) {
        Registration found = registrations.byId(id).orElse(null);
        if (found == null) {
            return false;
        }
        var event = events.lock(found.getEventId());
        registrations.refresh(found);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (found.getStatus() != RegistrationStatus.PENDING || found.getExpiresAt().isAfter(now)) {
            return false;
        }
        seats.release(event.getId(), found.getSessionIds());
        found.expire();
        registrations.flush();
        waitlist.fill(event, ManagementLinks.jobBase());
        return true;
    }
}
