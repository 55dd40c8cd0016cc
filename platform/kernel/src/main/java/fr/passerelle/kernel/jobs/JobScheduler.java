package fr.passerelle.kernel.jobs;

import fr.passerelle.kernel.outbox.Leases;
import fr.passerelle.kernel.outbox.NodeIdentity;
import fr.passerelle.kernel.persistence.Database;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Every few seconds, runs each job whose period lease this node manages to claim. */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Instance<ScheduledJob> jobs;

    private ScheduledFuture<?> schedule;
    private Leases leases;
    private List<ScheduledJob> all;

    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        leases = new Leases(dataSource, Clock.systemUTC());
        all = jobs.stream().toList();
        schedule = executor.scheduleWithFixedDelay(this::tick, 5, 5, TimeUnit.SECONDS);
        LOG.info(() -> "Tâches planifiées : " + all.stream().map(j -> j.name() + " (" + j.period() + ")").toList());
    }

    private void tick() {
        for (ScheduledJob job : all) {
            try {
                if (leases.claimPeriod("job:" + job.name(), NodeIdentity.id(), job.period())) {
                    long start = System.nanoTime();
                    job.run();
                    LOG.fine(() -> "Tâche " + job.name() + " exécutée en " + (System.nanoTime() - start) / 1_000_000 + " ms");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Tâche " + job.name() + " en échec ; elle reprendra à la période suivante", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
