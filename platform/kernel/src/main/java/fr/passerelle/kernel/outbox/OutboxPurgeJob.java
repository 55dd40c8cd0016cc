package fr.passerelle.kernel.outbox;

import fr.passerelle.kernel.config.Settings;
import fr.passerelle.kernel.jobs.ScheduledJob;
import fr.passerelle.kernel.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Once a day, removes delivered outbox events older than {@code PASSERELLE_OUTBOX_RETENTION_DAYS} (14). */
@ApplicationScoped
public class OutboxPurgeJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(OutboxPurgeJob.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Instance<OutboxConsumer> consumers;

    @Override
    public String name() {
        return "outbox-purge";
    }

    @Override
    public Duration period() {
        return Duration.ofDays(1);
    }

    @Override
    public void run() {
        Duration retention = Duration.ofDays(Settings.getInt("PASSERELLE_OUTBOX_RETENTION_DAYS", 14));
        int deleted = new OutboxPurge(dataSource, consumers.stream().toList(), Clock.systemUTC(), retention).purge();
        LOG.info(() -> "Outbox : " + deleted + " événement(s) distribué(s) de plus de " + retention.toDays()
                + " jours supprimé(s)");
    }
}
