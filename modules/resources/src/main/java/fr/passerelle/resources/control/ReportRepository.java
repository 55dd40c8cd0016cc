package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.resources.entity.ResourceReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** JPA queries on readers' reports. */
@ApplicationScoped
public class ReportRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** Open reports, oldest first: the editors' queue. */
    public List<ResourceReport> open(Paging paging) {
        return em.createQuery("SELECT r FROM ResourceReport r WHERE r.closedAt IS NULL ORDER BY r.createdAt, r.id",
                        ResourceReport.class)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
    }

    public long countOpen() {
        return em.createQuery("SELECT COUNT(r) FROM ResourceReport r WHERE r.closedAt IS NULL", Long.class)
                .getSingleResult();
    }

    public Optional<ResourceReport> byId(long id) {
        return Optional.ofNullable(em.find(ResourceReport.class, id));
    }

    public void add(ResourceReport report) {
        em.persist(report);
        em.flush();
    }
}
