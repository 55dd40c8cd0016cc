package fr.passerelle.kernel.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The change log of every module's entities. A change is recorded in the transaction that makes it, so
 * the history never shows a change that was rolled back, nor misses one that was committed.
 */
@ApplicationScoped
public class ChangeHistory {

    static final int COMMENT_MAX = 20_000;

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param entityType e.g. {@code resource}, {@code initiative}
     * @param action     short French phrase shown as is ("publiée")
     * @param comment    free text shown with the change (a reviewer's request), or null
     * @param flagged    marks a change editors should notice (a licence changed)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String entityId, Actor actor, String action, String comment,
                       boolean flagged, List<FieldChange> changes) {
        if (entityType == null || entityId == null || action == null || action.isBlank()) {
            throw new IllegalArgumentException("a change needs an entity type, an entity id and an action");
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("change comments are limited to " + COMMENT_MAX + " characters");
        }
        em.persist(new ChangeEntry(entityType, entityId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                actor, action, c, flagged, changes == null ? List.of() : changes));
    }

    /** The changes of one entity, newest first. */
    public List<ChangeRecord> of(String entityType, String entityId) {
        return em.createQuery("SELECT c FROM ChangeEntry c WHERE c.entityType = :type AND c.entityId = :id "
                        + "ORDER BY c.changedAt DESC, c.id DESC", ChangeEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setHint("eclipselink.batch", "c.fields")
                .getResultList().stream().map(ChangeEntry::toRecord).toList();
    }
}
