package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import fr.passerelle.events.entity.EventReminder;
import fr.passerelle.kernel.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The day before an event, each confirmed registrant gets a reminder with their code. The reminder is recorded
 * (primary key: the registration) in the transaction that queues the e-mail, so it goes once, whatever the
 * number of runs or nodes.
 */
@ApplicationScoped
public class SendReminders implements ScheduledJob {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    RetriedTransaction transaction;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventRepository events;

    @Inject
    RegistrationMails mails;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "events-reminders";
    }

    @Override
    public Duration period() {
        return Duration.ofMinutes(30);
    }

    @Override
    public void run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Event> soon = em.createQuery("SELECT e FROM Event e WHERE e.startsAt > :now AND e.startsAt <= :tomorrow",
                        Event.class)
                .setParameter("now", now)
                .setParameter("tomorrow", now.plusDays(1))
                .getResultList();
        for (Event event : soon) {
            List<Long> due = em.createQuery("SELECT r.id FROM Registration r WHERE r.eventId = :event "
                            + "AND r.status = :status AND NOT EXISTS (SELECT m.registrationId FROM EventReminder m WHERE m.registrationId = r.id)",
                            Long.class)
                    .setParameter("event", event.getId())
                    .setParameter("status", RegistrationStatus.CONFIRMED.code())
                    .getResultList();
            for (long id : due) {
                transaction.run(() -> remind(event.getId(), id));
            }
        }
    }

    private Void remind(long eventId, long registrationId) {
        Registration r = registrations.byId(registrationId).orElse(null);
        if (r == null || r.getStatus() != RegistrationStatus.CONFIRMED || em.find(EventReminder.class, registrationId) != null) {
            return null;
        }
        em.persist(new EventReminder(registrationId, OffsetDateTime.now(clock)));
        em.flush();
        mails.reminder(events.byId(eventId).orElseThrow(), r, ManagementLinks.jobBase());
        return null;
    }
}
