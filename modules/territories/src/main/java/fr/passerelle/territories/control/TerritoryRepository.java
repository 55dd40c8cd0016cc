package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import fr.passerelle.territories.entity.TerritoryKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** JPA queries on territories. */
@ApplicationScoped
public class TerritoryRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** What lists filter on; null fields do not filter. */
    public record Filter(String region, TerritoryKind kind, String theme) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    public List<Territory> matching(Filter filter, Paging paging) {
        TypedQuery<Territory> q = where(filter, "SELECT t FROM Territory t", " ORDER BY t.name, t.id", Territory.class);
        if (paging != null) {
            q.setFirstResult(paging.offset()).setMaxResults(paging.size());
        }
        return batched(q).getResultList();
    }

    public long count(Filter filter) {
        return where(filter, "SELECT COUNT(t) FROM Territory t", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(Filter f, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (f.region() != null) {
            jpql.append(" AND EXISTS (SELECT r FROM Territory rt JOIN rt.regions r WHERE rt = t AND r = :region)");
        }
        if (f.kind() != null) {
            jpql.append(" AND t.kind = :kind");
        }
        if (f.theme() != null) {
            jpql.append(" AND EXISTS (SELECT i FROM Initiative i JOIN i.themes th WHERE i.territory = t")
                    .append(" AND i.publication = :published AND th = :theme)");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (f.region() != null) {
            q.setParameter("region", f.region());
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind().code());
        }
        if (f.theme() != null) {
            q.setParameter("published", Initiative.PUBLISHED).setParameter("theme", f.theme());
        }
        return q;
    }

    private static TypedQuery<Territory> batched(TypedQuery<Territory> q) {
        return q.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.departements")
                .setHint("eclipselink.batch", "t.regions")
                .setHint("eclipselink.batch", "t.contacts")
                .setHint("eclipselink.batch", "t.editors");
    }

    public Optional<Territory> bySlug(String slug) {
        return em.createQuery("SELECT t FROM Territory t WHERE t.slug = :slug", Territory.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<Territory> byId(long id) {
        return Optional.ofNullable(em.find(Territory.class, id));
    }

    /** Locks the row until the transaction ends: writes for one territory happen one at a time. */
    public Territory lock(Territory territory) {
        em.lock(territory, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(territory);
        return territory;
    }

    public Optional<Territory> byKindAndCode(TerritoryKind kind, String code) {
        return em.createQuery("SELECT t FROM Territory t WHERE t.kind = :kind AND t.code = :code", Territory.class)
                .setParameter("kind", kind.code()).setParameter("code", code).getResultStream().findFirst();
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("SELECT COUNT(t) FROM Territory t WHERE t.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    /** One page of a walk through the whole table, in its own transaction (see the resources module). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Territory> afterId(long afterId, int max) {
        return batched(em.createQuery("SELECT t FROM Territory t WHERE t.id > :after ORDER BY t.id", Territory.class))
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public void add(Territory territory) {
        em.persist(territory);
        em.flush();
    }
}
