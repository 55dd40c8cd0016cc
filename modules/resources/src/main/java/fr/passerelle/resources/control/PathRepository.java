package fr.passerelle.resources.control;

import fr.passerelle.resources.entity.MethodPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA queries on methodology paths. */
@ApplicationScoped
public class PathRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public Optional<MethodPath> bySlug(String slug) {
        return em.createQuery("SELECT p FROM MethodPath p WHERE p.slug = :slug", MethodPath.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<MethodPath> all() {
        return em.createQuery("SELECT p FROM MethodPath p ORDER BY p.title", MethodPath.class).getResultList();
    }

    /** The paths with a step pointing at this resource, for "this resource is part of…". */
    public List<MethodPath> containing(String resourceSlug) {
        return all().stream().filter(p -> p.getSteps().stream()
                .anyMatch(s -> s.getResourceSlugs().contains(resourceSlug))).toList();
    }

    public void add(MethodPath path) {
        em.persist(path);
        em.flush();
    }
}
