package fr.passerelle.kernel.outbox;

import fr.passerelle.kernel.persistence.Database;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Runs the dispatcher every second and right after a transaction that appended an event commits. */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Instance<OutboxConsumer> consumers;

    private final ReentrantLock running = new ReentrantLock();
    private OutboxDispatcher dispatcher;
    private ScheduledFuture<?> schedule;

    public synchronized void start() {
        if (dispatcher != null) {
            return;
        }
        dispatcher = new OutboxDispatcher(dataSource, consumers.stream().toList(),
                new Leases(dataSource, Clock.systemUTC()), NodeIdentity.id(), Clock.systemUTC());
        schedule = executor.scheduleWithFixedDelay(this::runOnce, 1, 1, TimeUnit.SECONDS);
        LOG.info(() -> "Outbox : distribution démarrée pour " + consumers.stream().map(OutboxConsumer::name).toList());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended event) {
        if (dispatcher != null) {
            executor.execute(this::runOnce);
        }
    }

    private void runOnce() {
        if (!running.tryLock()) {
            return; // a pass is already running on this node; it will see the new rows
        }
        try {
            dispatcher.dispatchOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox : passe de distribution interrompue", e);
        } finally {
            running.unlock();
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
