package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.ActionUpdate;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.governance.entity.Reminder;
import fr.passerelle.kernel.api.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** JPA queries on actions, their logs and reminders. */
@ApplicationScoped
public class ActionRepository {

    static final List<String> OPEN = List.of(ActionStatus.A_FAIRE.code(), ActionStatus.EN_COURS.code());

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** What a list of actions may be narrowed to; null fields do not narrow. */
    public record Filter(Long bodyId, Set<Long> ownerMemberIds, ActionStatus status, Boolean late, LocalDate today,
                         Collection<Long> reservedReadable) {
    }

    public Optional<Action> byId(long id) {
        return Optional.ofNullable(em.find(Action.class, id));
    }

    public Optional<Action> bySourceKey(String key) {
        return em.createQuery("SELECT a FROM Action a WHERE a.sourceKey = :k", Action.class).setParameter("k", key)
                .getResultStream().findFirst();
    }

    /** An imported action by the key it has in its content file (the last part of its source key). */
    public Optional<Action> byImportKey(long bodyId, String key) {
        if (key == null || !key.matches("[a-z0-9-]{1,100}")) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Action a WHERE a.bodyId = :body AND a.sourceKey LIKE :k", Action.class)
                .setParameter("body", bodyId).setParameter("k", "%/" + key).getResultStream().findFirst();
    }

    public List<Action> find(Filter filter, Paging paging) {
        return query(filter, "SELECT a FROM Action a", " ORDER BY a.dueDate, a.id", Action.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(a) FROM Action a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        where.add("(a.visibility = :public" + (f.reservedReadable().isEmpty() ? ")" : " OR a.bodyId IN :readable)"));
        if (f.bodyId() != null) {
            where.add("a.bodyId = :body");
        }
        if (f.ownerMemberIds() != null) {
            where.add(f.ownerMemberIds().isEmpty() ? "1 = 0" : "a.ownerMemberId IN :owners");
        }
        if (f.status() != null) {
            where.add("a.status = :status");
        }
        if (f.late() != null) {
            where.add(f.late() ? "(a.status IN :open AND a.dueDate < :today)"
                    : "(a.status NOT IN :open OR a.dueDate >= :today)");
        }
        TypedQuery<T> q = em.createQuery(select + " WHERE " + String.join(" AND ", where) + order, type);
        q.setParameter("public", Readership.PUBLIC.code());
        if (!f.reservedReadable().isEmpty()) {
            q.setParameter("readable", f.reservedReadable());
        }
        if (f.bodyId() != null) {
            q.setParameter("body", f.bodyId());
        }
        if (f.ownerMemberIds() != null && !f.ownerMemberIds().isEmpty()) {
            q.setParameter("owners", f.ownerMemberIds());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status().code());
        }
        if (f.late() != null) {
            q.setParameter("open", OPEN).setParameter("today", f.today());
        }
        return q;
    }

    /** Every action of a body, by due date. */
    public List<Action> ofBody(long bodyId) {
        return em.createQuery("SELECT a FROM Action a WHERE a.bodyId = :body ORDER BY a.dueDate, a.id", Action.class)
                .setParameter("body", bodyId).getResultList();
    }

    /** Open actions (à faire, en cours) of a body, by due date: the follow-up of every agenda. */
    public List<Action> openOfBody(long bodyId) {
        return em.createQuery("SELECT a FROM Action a WHERE a.bodyId = :body AND a.status IN :open "
                        + "ORDER BY a.dueDate, a.id", Action.class)
                .setParameter("body", bodyId).setParameter("open", OPEN).getResultList();
    }

    public List<Action> ofDecision(long decisionId) {
        return em.createQuery("SELECT a FROM Action a WHERE a.decisionId = :d ORDER BY a.dueDate, a.id", Action.class)
                .setParameter("d", decisionId).getResultList();
    }

    /** Actions a member owns or contributes to, any body, by due date. */
    public List<Action> ofMembers(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT a FROM Action a LEFT JOIN a.contributorIds c WHERE a.ownerMemberId IN :m "
                        + "OR c IN :m ORDER BY a.dueDate, a.id", Action.class)
                .setParameter("m", memberIds).getResultList();
    }

    /** Open actions owned by a member and due on or before {@code until}: candidates for a reminder. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> openOwnedDueBy(LocalDate until) {
        return em.createQuery("SELECT a.id FROM Action a WHERE a.status IN :open AND a.ownerMemberId IS NOT NULL "
                        + "AND a.dueDate <= :until ORDER BY a.id", Long.class)
                .setParameter("open", OPEN).setParameter("until", until).getResultList();
    }

    public List<ActionUpdate> updates(long actionId) {
        return em.createQuery("SELECT u FROM ActionUpdate u WHERE u.actionId = :a ORDER BY u.at DESC, u.id DESC",
                ActionUpdate.class).setParameter("a", actionId).getResultList();
    }

    /** The latest {@code max} updates of a body's actions since an instant, newest first (since the last meeting). */
    public List<ActionUpdate> updatesSince(long bodyId, OffsetDateTime since, int max) {
        return em.createQuery("SELECT u FROM ActionUpdate u, Action a WHERE u.actionId = a.id AND a.bodyId = :body "
                        + "AND u.at >= :since ORDER BY u.at DESC, u.id DESC", ActionUpdate.class)
                .setParameter("body", bodyId).setParameter("since", since).setMaxResults(max).getResultList();
    }

    public boolean reminded(long actionId, String kind, LocalDate dueDate) {
        return em.find(Reminder.class, new Reminder.Key(actionId, kind, dueDate)) != null;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Action> afterId(long afterId, int max) {
        return em.createQuery("SELECT a FROM Action a WHERE a.id > :after ORDER BY a.id", Action.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
