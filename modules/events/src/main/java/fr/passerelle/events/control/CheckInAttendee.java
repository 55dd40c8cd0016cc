package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff check a person in at the entrance or at a session's door, from the code of their QR code (scanned or
 * typed). The first check-in at a place counts; a second one of the same code there is flagged on that record
 * and not counted, and the staff see when the first was.
 */
@ApplicationScoped
public class CheckInAttendee {

    /** Where the entrance is counted in {@code events_checkin.place_key}. */
    static final long ENTRANCE = 0;

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    RetriedTransaction transaction;

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    /** @param firstAt when the counted check-in happened (now, unless {@code repeated}) */
    public record Outcome(Registration registration, EventSession session, boolean repeated, OffsetDateTime firstAt) {
    }

    /** @param sessionId null for the entrance */
    public Outcome checkIn(String slug, String typedCode, Long sessionId, String staff) {
        Event event = events.require(slug);
        String code = Tokens.normaliseCode(typedCode);
        if (code.isEmpty()) {
            throw InvalidInput.of("code", "est obligatoire : scannez le QR code ou tapez le code du billet");
        }
        EventSession session = sessionId == null ? null : events.session(event.getId(), sessionId)
                .orElseThrow(() -> InvalidInput.of("session", "ne correspond à aucune session de cet événement"));
        return transaction.run(() -> record(event, code, session, staff));
    }

    private Outcome record(Event event, String code, EventSession session, String staff) {
        Registration r = registrations.byCheckinCode(event.getId(), code).orElseThrow(() -> new NotFoundException(
                "Aucune inscription à « " + event.getTitle() + " » ne porte le code " + code + "."));
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new Conflict("L'inscription de " + r.getName() + " n'est pas confirmée (" + r.getStatus().label()
                    .toLowerCase(java.util.Locale.ROOT) + ") : l'accueil n'est pas possible avec ce code.");
        }
        if (session != null && !r.getSessionIds().contains(session.getId())) {
            throw new Conflict(r.getName() + " n'est pas inscrit·e à la session « " + session.getTitle() + " ».");
        }
        long place = session == null ? ENTRANCE : session.getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<?> first = em.createNativeQuery("SELECT checked_at FROM events_checkin WHERE registration_id = ? AND place_key = ?")
                .setParameter(1, r.getId()).setParameter(2, place).getResultList();
        if (!first.isEmpty()) {
            em.createNativeQuery("UPDATE events_checkin SET repeats = repeats + 1, last_repeat_at = ? "
                            + "WHERE registration_id = ? AND place_key = ?")
                    .setParameter(1, now).setParameter(2, r.getId()).setParameter(3, place).executeUpdate();
            return new Outcome(r, session, true, toOffset(first.get(0)));
        }
        // A concurrent first scan of the same code makes this insert fail on the primary key; the retry sees it.
        // session_id repeats place_key as a foreign key; the entrance has none (and binding a null is not portable).
        if (session == null) {
            em.createNativeQuery("INSERT INTO events_checkin (registration_id, place_key, checked_at, staff) "
                            + "VALUES (?, ?, ?, ?)")
                    .setParameter(1, r.getId()).setParameter(2, place).setParameter(3, now).setParameter(4, staff)
                    .executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO events_checkin (registration_id, place_key, session_id, checked_at, staff) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, r.getId()).setParameter(2, place).setParameter(3, session.getId())
                    .setParameter(4, now).setParameter(5, staff)
                    .executeUpdate();
        }
        return new Outcome(r, session, false, now);
    }

    /** Counted check-ins per place of the event: key 0 for the entrance, else the session's id. */
    public Map<Long, Long> counts(long eventId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT c.place_key, COUNT(*) FROM events_checkin c "
                        + "JOIN events_registration r ON r.id = c.registration_id WHERE r.event_id = ? GROUP BY c.place_key")
                .setParameter(1, eventId).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /** Repeated scans per place (flagged, not counted). */
    public Map<Long, Long> repeats(long eventId) {
        Map<Long, Long> repeats = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT c.place_key, SUM(c.repeats) FROM events_checkin c "
                        + "JOIN events_registration r ON r.id = c.registration_id WHERE r.event_id = ? GROUP BY c.place_key")
                .setParameter(1, eventId).getResultList()) {
            Object[] cells = (Object[]) row;
            repeats.put(((Number) cells[0]).longValue(), cells[1] == null ? 0 : ((Number) cells[1]).longValue());
        }
        return repeats;
    }

    /** Ids of the event's registrations checked in at a place (0: the entrance). */
    public List<Long> checkedIn(long eventId, long place) {
        List<?> ids = em.createNativeQuery("SELECT c.registration_id FROM events_checkin c JOIN events_registration r "
                        + "ON r.id = c.registration_id WHERE r.event_id = ? AND c.place_key = ?")
                .setParameter(1, eventId).setParameter(2, place).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString().replace(' ', 'T'));
    }
}
