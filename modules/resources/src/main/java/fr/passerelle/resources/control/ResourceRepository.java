package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** JPA queries on resources. */
@ApplicationScoped
public class ResourceRepository {

    static final List<String> IN_REVIEW = List.of(ResourceStatus.PROPOSED.code(),
            ResourceStatus.CHANGES_REQUESTED.code());

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public List<Resource> published(Paging paging) {
        return published(ResourceFilter.NONE, paging);
    }

    public long countPublished() {
        return countPublished(ResourceFilter.NONE);
    }

    /** Published resources matching the filter, newest first. */
    public List<Resource> published(ResourceFilter filter, Paging paging) {
        Where where = where(filter);
        TypedQuery<Resource> query = em.createQuery("SELECT r FROM Resource r WHERE " + where.jpql
                + " ORDER BY r.publishedAt DESC, r.id DESC", Resource.class);
        where.parameters.forEach(query::setParameter);
        return withVocabularies(query).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long countPublished(ResourceFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Resource r WHERE " + where.jpql, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private static Where where(ResourceFilter f) {
        List<String> clauses = new ArrayList<>(List.of("r.status = :status"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", Resource.PUBLISHED);
        if (f.type() != null) {
            clauses.add("r.type = :type");
            params.put("type", f.type().code());
        }
        if (f.theme() != null) {
            clauses.add(":theme MEMBER OF r.themes");
            params.put("theme", f.theme().code());
        }
        if (f.audience() != null) {
            clauses.add(":audience MEMBER OF r.audiences");
            params.put("audience", f.audience().code());
        }
        if (f.level() != null) {
            clauses.add("r.territorialLevel = :level");
            params.put("level", f.level().code());
        }
        if (f.licence() != null) {
            clauses.add("r.licence = :licence");
            params.put("licence", f.licence().id());
        }
        for (int i = 0; i < f.words().size(); i++) {
            // FoldedText keeps letters and digits only, so a word holds no LIKE wildcard.
            clauses.add("r.searchText LIKE :w" + i);
            params.put("w" + i, "% " + f.words().get(i) + "%");
        }
        return new Where(String.join(" AND ", clauses), params);
    }

    /** Proposals waiting for an editor or for their author, oldest change first. */
    public List<Resource> inReview(Paging paging) {
        return withVocabularies(em.createQuery("SELECT r FROM Resource r WHERE r.status IN :statuses "
                        + "ORDER BY r.updatedAt, r.id", Resource.class))
                .setParameter("statuses", IN_REVIEW)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    public long countInReview() {
        return em.createQuery("SELECT COUNT(r) FROM Resource r WHERE r.status IN :statuses", Long.class)
                .setParameter("statuses", IN_REVIEW)
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

    /** Every published resource by id, in pages of {@code max}: the open-data export. */
    public List<Resource> publishedAfterId(long afterId, int max) {
        return withVocabularies(em.createQuery("SELECT r FROM Resource r WHERE r.status = :status AND r.id > :after "
                        + "ORDER BY r.id", Resource.class))
                .setParameter("status", Resource.PUBLISHED)
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

    /** Locks the row, so that two reviewers acting at once are applied one after the other. */
    public Optional<Resource> bySlugForUpdate(String slug) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.slug = :slug", Resource.class)
                .setParameter("slug", slug)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public Optional<Resource> publishedBySlug(String slug) {
        return bySlug(slug).filter(Resource::isPublished);
    }

    /** The published resources among these slugs, by slug. */
    public Map<String, Resource> publishedBySlugs(Collection<String> slugs) {
        Map<String, Resource> found = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        withVocabularies(em.createQuery("SELECT r FROM Resource r WHERE r.slug IN :slugs AND r.status = :status",
                        Resource.class))
                .setParameter("slugs", List.copyOf(Set.copyOf(slugs)))
                .setParameter("status", Resource.PUBLISHED)
                .getResultList()
                .forEach(r -> found.put(r.getSlug(), r));
        return found;
    }

    /** What a list of reports shows of a resource: where it is and its title. */
    public record Heading(String slug, String title) {
        public String path() {
            return "/ressources/" + slug;
        }
    }

    /**
     * The headings of these resources by id, in one query of two columns (loading the entities would also load
     * each one's themes and audiences).
     */
    public Map<Long, Heading> headings(Collection<Long> ids) {
        Map<Long, Heading> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT r.id, r.slug, r.title FROM Resource r WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(Set.copyOf(ids)))
                .getResultList()
                .forEach(row -> found.put((Long) row[0], new Heading((String) row[1], (String) row[2])));
        return found;
    }

    public boolean slugTaken(String slug) {
        return em.createQuery("SELECT COUNT(r) FROM Resource r WHERE r.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    /**
     * Stores a new resource now, so that a taken slug fails here, inside the use case. Two people creating the
     * same slug at the same moment both pass {@link #slugTaken}; the table's unique constraint stops the second,
     * and the kernel's error mapping answers that unique violation with a 409, not a server error.
     */
    public void add(Resource resource) {
        em.persist(resource);
        em.flush();
    }
}
