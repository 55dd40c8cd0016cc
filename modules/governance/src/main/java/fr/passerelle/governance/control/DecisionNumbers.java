package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.DecisionCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Decision numbers, {@code <ACRONYM>-<year>-<nn>}, allocated one at a time even with two nodes: the counter
 * row of the body and year is read under a row lock (SELECT … FOR UPDATE) inside the caller's transaction, so a
 * second allocation waits for the first to commit or roll back; and the table's unique constraints refuse a
 * duplicate should anything bypass this.
 */
@ApplicationScoped
public class DecisionNumbers {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    DecisionRepository decisions;

    @Inject
    CounterRows counters;

    public record Allocated(int year, int seq, String number) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Allocated next(Body body, int year) {
        counters.ensure(body.getId(), year);
        DecisionCounter counter = em.find(DecisionCounter.class, new DecisionCounter.Key(body.getId(), year),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("no decision counter for body " + body.getId() + " and year " + year);
        }
        int seq = counter.next(decisions.highestSeq(body.getId(), year));
        return new Allocated(year, seq, format(body.getAcronym(), year, seq));
    }

    public static String format(String acronym, int year, int seq) {
        return acronym + "-" + year + "-" + (seq < 10 ? "0" + seq : String.valueOf(seq));
    }

    /** Creates a counter row in a transaction of its own; two nodes creating it at once is harmless. */
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext(unitName = "passerelle")
        EntityManager em;

        @Inject
        CounterInsert insert;

        public void ensure(long bodyId, int year) {
            if (em.find(DecisionCounter.class, new DecisionCounter.Key(bodyId, year)) != null) {
                return;
            }
            try {
                insert.insert(bodyId, year);
            } catch (RuntimeException alreadyThere) {
                // another transaction created it between our look and our insert: it is there, which is all we need
            }
        }
    }

    /** The insert itself, separate so that its transaction boundary is an interceptor call. */
    @ApplicationScoped
    public static class CounterInsert {

        @PersistenceContext(unitName = "passerelle")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void insert(long bodyId, int year) {
            em.persist(new DecisionCounter(bodyId, year));
            em.flush();
        }
    }
}
