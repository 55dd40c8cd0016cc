package fr.passerelle.events.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;

/** JPA queries on events and their sessions. */
@ApplicationScoped
public class EventRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public List<Event> list(Paging paging) {
        return em.createQuery("SELECT e FROM Event e ORDER BY e.startsAt DESC, e.id DESC", Event.class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM Event e", Long.class).getSingleResult();
    }

    public Optional<Event> bySlug(String slug) {
        return em.createQuery("SELECT e FROM Event e WHERE e.slug = :slug", Event.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Event require(String slug) {
        return bySlug(slug).orElseThrow(() -> new NotFoundException("Aucun événement ne porte l'identifiant demandé."));
    }

    /** A page of events in id order, for a walk through the whole table. */
    public List<Event> afterId(long afterId, int max) {
        return em.createQuery("SELECT e FROM Event e WHERE e.id > :after ORDER BY e.id", Event.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public Optional<Event> byId(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    /**
     * Locks the event's row until the transaction ends. Every transaction that changes seats of an event starts
     * here, so they queue on one row in one order and can never deadlock each other; the counters are then
     * changed by conditional updates that the database checks again.
     */
    public Event lock(long eventId) {
        List<?> rows = em.createNativeQuery("SELECT id FROM events_event WHERE id = ? FOR UPDATE")
                .setParameter(1, eventId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Aucun événement ne porte l'identifiant demandé.");
        }
        Event event = em.find(Event.class, eventId);
        em.refresh(event);
        return event;
    }

    public List<EventSession> sessions(long eventId) {
        return em.createQuery("SELECT s FROM EventSession s WHERE s.eventId = :event "
                        + "ORDER BY s.startsAt, s.room, s.id", EventSession.class)
                .setParameter("event", eventId)
                .getResultList();
    }

    public Optional<EventSession> session(long eventId, long sessionId) {
        EventSession s = em.find(EventSession.class, sessionId);
        return s == null || s.getEventId() != eventId ? Optional.empty() : Optional.of(s);
    }

    public Optional<EventSession> sessionByCode(long eventId, String code) {
        return em.createQuery("SELECT s FROM EventSession s WHERE s.eventId = :event AND s.code = :code",
                        EventSession.class)
                .setParameter("event", eventId)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("SELECT COUNT(e) FROM Event e WHERE e.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    public void add(Event event) {
        em.persist(event);
        em.flush();
    }

    public void add(EventSession session) {
        em.persist(session);
        em.flush();
    }

    /** Reads counters again after {@link SeatLedger}'s updates, which bypass the loaded entities. */
    public void refresh(Object entity) {
        em.refresh(entity);
    }
}
