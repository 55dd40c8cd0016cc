package fr.passerelle.events.control;

import fr.passerelle.events.entity.Registration;
import fr.passerelle.kernel.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Some time after an event ({@link EventSettings#retention()}), its registrants' personal data is anonymised:
 * names, addresses, organisations, communes, accessibility needs, links and codes are erased; statuses, types of
 * structure, sessions and check-ins stay for the statistics. Idempotent: anonymised rows are not selected again.
 */
@ApplicationScoped
public class PurgePersonalData implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(PurgePersonalData.class.getName());
    static final int BATCH = 200;

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    RetriedTransaction transaction;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "events-personal-data-purge";
    }

    @Override
    public Duration period() {
        return Duration.ofHours(6);
    }

    @Override
    public void run() {
        int total = 0;
        for (int done = BATCH; done == BATCH; total += done) {
            done = transaction.run(this::batch);
        }
        if (total > 0) {
            int count = total;
            LOG.info(() -> "Données personnelles anonymisées après la durée de conservation : " + count + " inscription(s)");
        }
    }

    private int batch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Registration> due = em.createQuery("SELECT r FROM Registration r, Event e WHERE e.id = r.eventId "
                        + "AND e.endsAt < :limit AND r.anonymisedAt IS NULL ORDER BY r.id", Registration.class)
                .setParameter("limit", now.minus(EventSettings.retention()))
                .setMaxResults(BATCH)
                .getResultList();
        for (Registration r : due) {
            r.anonymise(now);
            registrations.removeTokens(r.getId());
        }
        em.flush();
        return due.size();
    }
}
