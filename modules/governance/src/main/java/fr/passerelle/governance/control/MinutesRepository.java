package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesComment;
import fr.passerelle.governance.entity.MinutesTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** JPA queries on minutes, their versions, workflow steps and review comments. */
@ApplicationScoped
public class MinutesRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public Optional<Minutes> byId(long id) {
        return Optional.ofNullable(em.find(Minutes.class, id));
    }

    /** The latest version of a meeting's minutes. */
    public Optional<Minutes> current(long meetingId) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meetingId = :meeting ORDER BY m.version DESC",
                Minutes.class).setParameter("meeting", meetingId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every version, latest first. */
    public List<Minutes> versions(long meetingId) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meetingId = :meeting ORDER BY m.version DESC",
                Minutes.class).setParameter("meeting", meetingId).getResultList();
    }

    public Optional<Minutes> version(long meetingId, int version) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meetingId = :meeting AND m.version = :v", Minutes.class)
                .setParameter("meeting", meetingId).setParameter("v", version).getResultStream().findFirst();
    }

    public List<MinutesTransition> transitions(long minutesId) {
        return em.createQuery("SELECT t FROM MinutesTransition t WHERE t.minutesId = :m ORDER BY t.at, t.id",
                MinutesTransition.class).setParameter("m", minutesId).getResultList();
    }

    public List<MinutesComment> comments(long minutesId) {
        return em.createQuery("SELECT c FROM MinutesComment c WHERE c.minutesId = :m ORDER BY c.createdAt, c.id",
                MinutesComment.class).setParameter("m", minutesId).getResultList();
    }

    public Optional<MinutesComment> comment(long id) {
        return Optional.ofNullable(em.find(MinutesComment.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Minutes> afterId(long afterId, int max) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.id > :after ORDER BY m.id", Minutes.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
