package fr.passerelle.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs seat-changing work in a new transaction and, when the database refused it for a reason that a second try
 * can overcome, runs it again a bounded number of times: a deadlock or serialisation failure, a lock timeout
 * (H2 gives up after a second), or a unique or check constraint hit by a concurrent transaction (the next try
 * sees what that one committed: the registration that already exists, the seat that is gone).
 */
@ApplicationScoped
public class RetriedTransaction {

    private static final Logger LOG = Logger.getLogger(RetriedTransaction.class.getName());
    static final int ATTEMPTS = 8;

    /** Serialisation failure / H2 deadlock, PostgreSQL deadlock, lock not available, H2 lock timeout, unique, check. */
    static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01", "55P03", "HYT00", "23505", "23513", "23514");

    @Inject
    NewTransaction transaction;

    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> "Transaction refusée par la base (" + e + "), nouvel essai n° " + (tried + 1));
                pause(attempt);
            }
        }
    }

    static boolean isRetryable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && RETRYABLE_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A short random pause, growing with the attempts, so that the transactions that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt + 3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompu pendant un nouvel essai", e);
        }
    }
}
