package fr.passerelle.events.control;

import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** JPA queries on registrations. */
@ApplicationScoped
public class RegistrationRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public Optional<Registration> byId(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    public Optional<Registration> byEmailKey(long eventId, String emailKey) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :event AND r.emailKey = :key",
                        Registration.class)
                .setParameter("event", eventId)
                .setParameter("key", emailKey)
                .getResultStream()
                .findFirst();
    }

    public Optional<Registration> byCheckinCode(long eventId, String code) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :event AND r.checkinCode = :code",
                        Registration.class)
                .setParameter("event", eventId)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Registration> byTokenHash(String hash) {
        List<?> ids = em.createNativeQuery("SELECT registration_id FROM events_manage_token WHERE token_hash = ?")
                .setParameter(1, hash)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : byId(((Number) ids.get(0)).longValue());
    }

    public void addToken(String hash, long registrationId, OffsetDateTime now) {
        em.createNativeQuery("INSERT INTO events_manage_token (token_hash, registration_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, hash).setParameter(2, registrationId).setParameter(3, now)
                .executeUpdate();
    }

    public void removeTokens(long registrationId) {
        em.createNativeQuery("DELETE FROM events_manage_token WHERE registration_id = ?")
                .setParameter(1, registrationId).executeUpdate();
    }

    /** The waiting list of an event, first in line first. */
    public List<Registration> waitlisted(long eventId) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :event AND r.status = :status "
                        + "ORDER BY r.waitlistPosition", Registration.class)
                .setParameter("event", eventId)
                .setParameter("status", RegistrationStatus.WAITLISTED.code())
                .getResultList();
    }

    /** 1 for the first in line. */
    public long positionOf(Registration r) {
        if (r.getWaitlistPosition() == null) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.eventId = :event AND r.status = :status "
                        + "AND r.waitlistPosition <= :position", Long.class)
                .setParameter("event", r.getEventId())
                .setParameter("status", RegistrationStatus.WAITLISTED.code())
                .setParameter("position", r.getWaitlistPosition())
                .getSingleResult();
    }

    public long nextWaitlistPosition() {
        return ((Number) em.createNativeQuery(Sequences.next("events_waitlist_seq")).getSingleResult()).longValue();
    }

    /** Ids of pending registrations whose confirmation delay is over, oldest first. */
    public List<Long> expiredPending(OffsetDateTime now, int max) {
        return em.createQuery("SELECT r.id FROM Registration r WHERE r.status = :status AND r.expiresAt <= :now "
                        + "ORDER BY r.expiresAt", Long.class)
                .setParameter("status", RegistrationStatus.PENDING.code())
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Registration> ofEvent(long eventId) {
        return em.createQuery("SELECT r FROM Registration r WHERE r.eventId = :event ORDER BY r.id", Registration.class)
                .setParameter("event", eventId)
                .getResultList();
    }

    /** Registrations holding a seat in the session (pending or confirmed). */
    public List<Registration> holding(long sessionId) {
        return em.createQuery("SELECT r FROM Registration r JOIN r.sessionIds s WHERE s = :session "
                        + "AND r.status IN :statuses ORDER BY r.id", Registration.class)
                .setParameter("session", sessionId)
                .setParameter("statuses", List.of(RegistrationStatus.PENDING.code(), RegistrationStatus.CONFIRMED.code()))
                .getResultList();
    }

    /** Per session of the event: how many waitlisted registrations asked for it. */
    public long waitlistOf(long sessionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM events_registration r "
                        + "JOIN events_registration_session rs ON rs.registration_id = r.id "
                        + "WHERE rs.session_id = ? AND r.status = 'waitlisted'")
                .setParameter(1, sessionId).getSingleResult()).longValue();
    }

    public long countWithStatus(long eventId, RegistrationStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.eventId = :event AND r.status = :status",
                        Long.class)
                .setParameter("event", eventId)
                .setParameter("status", status.code())
                .getSingleResult();
    }

    public void add(Registration registration) {
        em.persist(registration);
        em.flush();
    }

    public void refresh(Registration r) {
        em.refresh(r);
    }

    public void flush() {
        em.flush();
    }
}
