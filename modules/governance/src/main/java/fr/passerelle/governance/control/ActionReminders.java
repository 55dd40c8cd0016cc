package fr.passerelle.governance.control;

import fr.passerelle.kernel.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds owners of their actions: once {@link GovernanceSettings#reminderDays()} days before the due date, and
 * once when the action becomes late. Each reminder is its own transaction ({@link SendReminder}), so one
 * failure does not hold back the others, and running twice (or after a restart) sends nothing twice.
 */
@ApplicationScoped
public class ActionReminders implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ActionReminders.class.getName());

    @Inject
    ActionRepository actions;

    @Inject
    SendReminder sender;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "governance-reminders";
    }

    @Override
    public Duration period() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        LocalDate today = ParisTime.today(clock);
        int days = GovernanceSettings.reminderDays();
        int sent = 0;
        for (long id : actions.openOwnedDueBy(today.plusDays(days))) {
            try {
                sent += sender.remind(id, today, days) ? 1 : 0;
            } catch (RuntimeException e) {
                // most likely another node recorded the same reminder first (unique key): nothing to do
                LOG.log(Level.FINE, "Rappel de l'action " + id + " non envoyé", e);
            }
        }
        int total = sent;
        LOG.fine(() -> "Rappels d'actions envoyés : " + total);
    }
}
