package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** JPA queries on resources. */
@ApplicationScoped
public class ResourceRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public List<Resource> published(Paging paging) {
        return withVocabularies(em.createQuery("SELECT r FROM Resource r WHERE r.status = :status "
                        + "ORDER BY r.publishedAt DESC, r.id DESC", Resource.class))
                .setParameter("status", Resource.PUBLISHED)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    public long countPublished() {
        return em.createQuery("SELECT COUNT(r) FROM Resource r WHERE r.status = :status", Long.class)
                .setParameter("status", Resource.PUBLISHED)
                .getSingleResult();
    }

    public Optional<Resource> byId(long id) {
        return Optional.ofNullable(em.find(Resource.class, id));
    }

    /**
     * Up to {@code max} resources of any status with an id above {@code afterId}, by id: one page of a
     * walk through the whole table. Its own transaction, hence a fresh persistence context per page,
     * so a walk over a large table holds one page in memory.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Resource> afterId(long afterId, int max) {
        return withVocabularies(em.createQuery("SELECT r FROM Resource r WHERE r.id > :after ORDER BY r.id",
                        Resource.class))
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Loads the themes and audiences of a list of resources in one query each (EclipseLink hints). */
    private static TypedQuery<Resource> withVocabularies(TypedQuery<Resource> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.themes")
                .setHint("eclipselink.batch", "r.audiences");
    }

    public Optional<Resource> bySlug(String slug) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.slug = :slug", Resource.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<Resource> publishedBySlug(String slug) {
        return bySlug(slug).filter(Resource::isPublished);
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("SELECT COUNT(r) FROM Resource r WHERE r.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    public void add(Resource resource) {
        em.persist(resource);
        em.flush();
    }
}
