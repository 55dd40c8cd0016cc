package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** JPA queries on bodies, their colleges and their members. */
@ApplicationScoped
public class BodyRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    public List<Body> all() {
        return em.createQuery("SELECT b FROM Body b ORDER BY b.name", Body.class).getResultList();
    }

    public Optional<Body> bySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT b FROM Body b WHERE b.slug = :slug", Body.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<Body> byId(long id) {
        return Optional.ofNullable(em.find(Body.class, id));
    }

    public List<College> colleges(long bodyId) {
        return em.createQuery("SELECT c FROM College c WHERE c.bodyId = :body ORDER BY c.position, c.id", College.class)
                .setParameter("body", bodyId).getResultList();
    }

    public Optional<College> college(long id) {
        return Optional.ofNullable(em.find(College.class, id));
    }

    public List<Member> members(long bodyId) {
        return em.createQuery("SELECT m FROM Member m WHERE m.bodyId = :body ORDER BY m.name, m.id", Member.class)
                .setParameter("body", bodyId).getResultList();
    }

    /** How many seats a body has, counted by the database (lists show the number, not the people). */
    public int memberCount(long bodyId) {
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.bodyId = :body", Long.class)
                .setParameter("body", bodyId).getSingleResult().intValue();
    }

    public Optional<Member> member(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    public Optional<Member> memberByUsername(long bodyId, String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.bodyId = :body AND m.username = :u", Member.class)
                .setParameter("body", bodyId).setParameter("u", username.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    public Optional<Member> memberByEmail(long bodyId, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.bodyId = :body AND m.email = :e", Member.class)
                .setParameter("body", bodyId).setParameter("e", email.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * Every seat, in any body, of a person: by username, or for invited members (no username yet) by their
     * verified e-mail address. Mandates are not checked here.
     */
    public List<Member> seatsOf(String username, String verifiedEmail) {
        String u = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String e = verifiedEmail == null ? "" : verifiedEmail.toLowerCase(Locale.ROOT);
        return em.createQuery("SELECT m FROM Member m WHERE (m.username IS NOT NULL AND m.username = :u) "
                        + "OR (m.username IS NULL AND m.email = :e)", Member.class)
                .setParameter("u", u).setParameter("e", e).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }
}
