package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** JPA queries on the decisions register. */
@ApplicationScoped
public class DecisionRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public Optional<Decision> byId(long id) {
        return Optional.ofNullable(em.find(Decision.class, id));
    }

    public Optional<Decision> bySourceKey(String key) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.sourceKey = :k", Decision.class).setParameter("k", key)
                .getResultStream().findFirst();
    }

    /** A decision of the body by its id or its number ({@code INP-2026-07}). */
    public Optional<Decision> byReference(long bodyId, String reference) {
        String r = reference == null ? "" : reference.strip();
        Optional<Long> id = InputRules.id(r);
        if (id.isPresent()) {
            return byId(id.get()).filter(d -> d.getBodyId() == bodyId);
        }
        return em.createQuery("SELECT d FROM Decision d WHERE d.bodyId = :body AND d.number = :n", Decision.class)
                .setParameter("body", bodyId).setParameter("n", r.toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public List<Decision> ofMeeting(long meetingId) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.meetingId = :m ORDER BY d.seq", Decision.class)
                .setParameter("m", meetingId).getResultList();
    }

    /**
     * The register of a body, newest first: public decisions, and reserved ones when {@code reserved}; narrowed
     * by words found in the number, title or text (case-insensitive) and by year.
     */
    public List<Decision> register(long bodyId, boolean reserved, String words, Integer year, Paging paging) {
        TypedQuery<Decision> q = query(bodyId, reserved, words, year, "SELECT d FROM Decision d",
                " ORDER BY d.decidedOn DESC, d.seq DESC", Decision.class);
        if (paging != null) {
            q.setFirstResult(paging.offset()).setMaxResults(paging.size());
        }
        return q.getResultList();
    }

    public long countRegister(long bodyId, boolean reserved, String words, Integer year) {
        return query(bodyId, reserved, words, year, "SELECT COUNT(d) FROM Decision d", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(long bodyId, boolean reserved, String words, Integer year, String select,
                                    String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE d.bodyId = :body");
        if (!reserved) {
            where.append(" AND d.visibility = :public");
        }
        String[] terms = words == null || words.isBlank() ? new String[0]
                : words.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < terms.length && i < 8; i++) {
            where.append(" AND (LOWER(d.number) LIKE :w").append(i).append(" ESCAPE '\\' OR LOWER(d.title) LIKE :w")
                    .append(i).append(" ESCAPE '\\' OR LOWER(d.text) LIKE :w").append(i).append(" ESCAPE '\\')");
        }
        if (year != null) {
            where.append(" AND d.year = :year");
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("body", bodyId);
        if (!reserved) {
            q.setParameter("public", Readership.PUBLIC.code());
        }
        for (int i = 0; i < terms.length && i < 8; i++) {
            q.setParameter("w" + i, "%" + terms[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        return q;
    }

    public int highestSeq(long bodyId, int year) {
        Integer max = em.createQuery("SELECT MAX(d.seq) FROM Decision d WHERE d.bodyId = :body AND d.year = :y",
                Integer.class).setParameter("body", bodyId).setParameter("y", year).getSingleResult();
        return max == null ? 0 : max;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Decision> afterId(long afterId, int max) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.id > :after ORDER BY d.id", Decision.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public void add(Decision decision) {
        em.persist(decision);
        em.flush();
    }
}
