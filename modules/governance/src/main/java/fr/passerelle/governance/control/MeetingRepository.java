package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Attendance;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** JPA queries on meetings, their agenda items and attendance. */
@ApplicationScoped
public class MeetingRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** A page of meetings in id order, for a walk through the whole table. */
    public List<Meeting> afterId(long afterId, int max) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.id > :after ORDER BY m.id", Meeting.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public Optional<Meeting> byId(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    public Optional<Meeting> bySlug(long bodyId, String slug) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.bodyId = :body AND m.slug = :slug", Meeting.class)
                .setParameter("body", bodyId).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Every meeting of a body, latest first. */
    public List<Meeting> ofBody(long bodyId) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.bodyId = :body ORDER BY m.startsAt DESC, m.id DESC",
                Meeting.class).setParameter("body", bodyId).getResultList();
    }

    public List<Meeting> all() {
        return em.createQuery("SELECT m FROM Meeting m ORDER BY m.startsAt", Meeting.class).getResultList();
    }

    /** The last meeting held before {@code before}: "what changed since the last meeting" starts there. */
    public Optional<Meeting> lastHeldBefore(long bodyId, OffsetDateTime before) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.bodyId = :body AND m.status = :held "
                        + "AND m.startsAt < :before ORDER BY m.startsAt DESC", Meeting.class)
                .setParameter("body", bodyId).setParameter("held", MeetingStatus.TENUE.code())
                .setParameter("before", before).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Takes the meeting's row lock until the transaction ends (SELECT … FOR UPDATE): the minutes' steps, versions and
     * errata of one meeting are then decided one request at a time, even across nodes, and the state read after the
     * lock is the committed one.
     */
    public Meeting lock(Meeting meeting) {
        return em.find(Meeting.class, meeting.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    public List<AgendaItem> agenda(long meetingId) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.meetingId = :m ORDER BY a.position, a.id",
                AgendaItem.class).setParameter("m", meetingId).getResultList();
    }

    public Optional<AgendaItem> agendaItem(long id) {
        return Optional.ofNullable(em.find(AgendaItem.class, id));
    }

    public int nextPosition(long meetingId) {
        Integer max = em.createQuery("SELECT MAX(a.position) FROM AgendaItem a WHERE a.meetingId = :m", Integer.class)
                .setParameter("m", meetingId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<Attendance> attendance(long meetingId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.meetingId = :m", Attendance.class)
                .setParameter("m", meetingId).getResultList();
    }

    public Optional<Attendance> attendanceOf(long meetingId, long memberId) {
        return Optional.ofNullable(em.find(Attendance.class, new Attendance.Key(meetingId, memberId)));
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
