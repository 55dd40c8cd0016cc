package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.InitiativeStatus;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** JPA queries on initiatives. */
@ApplicationScoped
public class InitiativeRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** What the published list filters on; null fields do not filter. */
    public record Filter(String region, String theme, InitiativeStatus status, Territory territory) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    public List<Initiative> published(Filter filter, Paging paging) {
        TypedQuery<Initiative> q = where(filter, "SELECT i FROM Initiative i",
                " ORDER BY i.publishedAt DESC, i.id DESC", Initiative.class);
        if (paging != null) {
            q.setFirstResult(paging.offset()).setMaxResults(paging.size());
        }
        return batched(q).getResultList();
    }

    public long countPublished(Filter filter) {
        return where(filter, "SELECT COUNT(i) FROM Initiative i", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(Filter f, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE i.publication = :published");
        if (f.region() != null) {
            jpql.append(" AND EXISTS (SELECT r FROM Territory rt JOIN rt.regions r WHERE rt = i.territory AND r = :region)");
        }
        if (f.theme() != null) {
            jpql.append(" AND EXISTS (SELECT th FROM Initiative ti JOIN ti.themes th WHERE ti = i AND th = :theme)");
        }
        if (f.status() != null) {
            jpql.append(" AND i.status = :status");
        }
        if (f.territory() != null) {
            jpql.append(" AND i.territory = :territory");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("published", Initiative.PUBLISHED);
        if (f.region() != null) {
            q.setParameter("region", f.region());
        }
        if (f.theme() != null) {
            q.setParameter("theme", f.theme());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status().code());
        }
        if (f.territory() != null) {
            q.setParameter("territory", f.territory());
        }
        return q;
    }

    /** The published initiatives of several territories in one query (lists of territories show their totals). */
    public List<Initiative> publishedOf(Collection<Territory> territories) {
        if (territories.isEmpty()) {
            return List.of();
        }
        return batched(em.createQuery("SELECT i FROM Initiative i WHERE i.publication = :published "
                        + "AND i.territory IN :territories", Initiative.class))
                .setParameter("published", Initiative.PUBLISHED).setParameter("territories", territories).getResultList();
    }

    /** Every initiative of a territory, drafts included, newest first (the caller decides who sees drafts). */
    public List<Initiative> ofTerritory(Territory territory) {
        return batched(em.createQuery("SELECT i FROM Initiative i WHERE i.territory = :t "
                        + "ORDER BY i.updatedAt DESC, i.id DESC", Initiative.class))
                .setParameter("t", territory).getResultList();
    }

    private static TypedQuery<Initiative> batched(TypedQuery<Initiative> q) {
        return q.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.themes")
                .setHint("eclipselink.batch", "i.audiences")
                .setHint("eclipselink.batch", "i.resources")
                .setHint("eclipselink.batch", "i.partners")
                .setHint("eclipselink.batch", "i.funding")
                .setHint("eclipselink.batch", "i.indicators");
    }

    public Optional<Initiative> bySlug(String slug) {
        return em.createQuery("SELECT i FROM Initiative i WHERE i.slug = :slug", Initiative.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<Initiative> byId(long id) {
        return Optional.ofNullable(em.find(Initiative.class, id));
    }

    /** Locks the row until the transaction ends and reads it afresh: concurrent edits apply one after the other. */
    public Initiative lock(Initiative initiative) {
        em.lock(initiative, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(initiative);
        return initiative;
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("SELECT COUNT(i) FROM Initiative i WHERE i.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Initiative> afterId(long afterId, int max) {
        return batched(em.createQuery("SELECT i FROM Initiative i WHERE i.id > :after ORDER BY i.id", Initiative.class))
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public void add(Initiative initiative) {
        em.persist(initiative);
        em.flush();
    }
}
