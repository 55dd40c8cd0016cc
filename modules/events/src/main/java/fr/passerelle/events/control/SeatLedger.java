package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seat counters of events and sessions. Every change is a conditional update that the database evaluates on
 * the current row ({@code held = held + 1 WHERE held < capacity}), so a seat is never given twice whatever runs
 * concurrently, on this node or another; CHECK constraints ({@code held <= capacity}, {@code held >= 0}) back
 * it. Callers lock the event first ({@link EventRepository#lock}) and touch sessions in ascending id order.
 */
@ApplicationScoped
public class SeatLedger {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** Takes a seat of the event and of each session, all or none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(long eventId, Collection<Long> sessionIds) {
        if (!increment("events_event", eventId)) {
            return false;
        }
        List<Long> taken = new ArrayList<>();
        for (long id : sorted(sessionIds)) {
            if (!increment("events_session", id)) {
                decrement("events_session", taken);
                decrement("events_event", List.of(eventId));
                return false;
            }
            taken.add(id);
        }
        return true;
    }

    /** Takes a seat of each session, all or none (a registration that already holds its event seat). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claimSessions(Collection<Long> sessionIds) {
        List<Long> taken = new ArrayList<>();
        for (long id : sorted(sessionIds)) {
            if (!increment("events_session", id)) {
                decrement("events_session", taken);
                return false;
            }
            taken.add(id);
        }
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(long eventId, Collection<Long> sessionIds) {
        decrement("events_event", List.of(eventId));
        releaseSessions(sessionIds);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseSessions(Collection<Long> sessionIds) {
        decrement("events_session", sorted(sessionIds));
    }

    /** Seats left per session of the event, read from the database (the event is locked, so they stay true). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, Integer> freeSeats(long eventId) {
        Map<Long, Integer> free = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, capacity - held FROM events_session WHERE event_id = ?")
                .setParameter(1, eventId).getResultList()) {
            Object[] cells = (Object[]) row;
            free.put(((Number) cells[0]).longValue(), ((Number) cells[1]).intValue());
        }
        return free;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int freeEventSeats(long eventId) {
        return ((Number) em.createNativeQuery("SELECT capacity - held FROM events_event WHERE id = ?")
                .setParameter(1, eventId).getSingleResult()).intValue();
    }

    /**
     * Sets a capacity unless it is below the seats held; the refusal gives both numbers.
     *
     * @param table {@code events_event} or {@code events_session}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeCapacity(String table, long id, int capacity, String what) {
        int changed = em.createNativeQuery("UPDATE " + checked(table) + " SET capacity = ? WHERE id = ? AND held <= ?")
                .setParameter(1, capacity).setParameter(2, id).setParameter(3, capacity)
                .executeUpdate();
        if (changed == 0) {
            Number held = (Number) em.createNativeQuery("SELECT held FROM " + checked(table) + " WHERE id = ?")
                    .setParameter(1, id).getSingleResult();
            throw new Conflict("La capacité de " + what + " ne peut pas descendre à " + capacity + " : "
                    + held + " places sont déjà occupées (inscriptions confirmées ou en attente de confirmation). "
                    + "Annulez des inscriptions d'abord, ou choisissez au moins " + held + ".");
        }
    }

    private boolean increment(String table, long id) {
        return em.createNativeQuery("UPDATE " + checked(table) + " SET held = held + 1 WHERE id = ? AND held < capacity")
                .setParameter(1, id)
                .executeUpdate() == 1;
    }

    private void decrement(String table, List<Long> ids) {
        for (long id : ids) {
            int changed = em.createNativeQuery("UPDATE " + checked(table) + " SET held = held - 1 WHERE id = ? AND held > 0")
                    .setParameter(1, id)
                    .executeUpdate();
            if (changed != 1) {
                throw new IllegalStateException("seat counter of " + table + " " + id + " is already at zero");
            }
        }
    }

    private static String checked(String table) {
        if (!table.equals("events_event") && !table.equals("events_session")) {
            throw new IllegalArgumentException(table);
        }
        return table;
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }
}
