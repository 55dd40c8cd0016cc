package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA queries on resources. */
@ApplicationScoped
public class ResourceRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public List<Resource> published(Paging paging) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.status = :status "
                        + "ORDER BY r.publishedAt DESC, r.id DESC", Resource.class)
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
