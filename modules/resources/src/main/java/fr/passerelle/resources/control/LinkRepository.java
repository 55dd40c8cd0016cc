package fr.passerelle.resources.control;

import fr.passerelle.resources.entity.CheckedLink;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the link checker reads and writes. */
@ApplicationScoped
public class LinkRepository {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** Every external and producer address of the published resources. */
    public Set<String> publishedLinks() {
        Set<String> urls = new LinkedHashSet<>();
        for (String field : List.of("externalUrl", "producerUrl")) {
            urls.addAll(em.createQuery("SELECT DISTINCT r." + field + " FROM Resource r WHERE r.status = :status AND r."
                    + field + " IS NOT NULL", String.class).setParameter("status", Resource.PUBLISHED).getResultList());
        }
        return urls;
    }

    public Map<String, CheckedLink> checks(Collection<String> urls) {
        if (urls.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT l FROM CheckedLink l WHERE l.url IN :urls", CheckedLink.class)
                .setParameter("urls", List.copyOf(urls)).getResultList().stream()
                .collect(Collectors.toMap(CheckedLink::getUrl, Function.identity()));
    }

    public Optional<CheckedLink> check(String url) {
        return url == null ? Optional.empty() : Optional.ofNullable(em.find(CheckedLink.class, url));
    }

    /** One verdict, committed at once, so that a long run keeps what it already learnt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String url, LinkVerdict verdict, OffsetDateTime at) {
        CheckedLink link = em.find(CheckedLink.class, url);
        if (link == null) {
            link = new CheckedLink(url);
            link.record(at, verdict.broken(), verdict.statusCode(), verdict.detail());
            em.persist(link);
        } else {
            link.record(at, verdict.broken(), verdict.statusCode(), verdict.detail());
        }
    }

    /** A published resource with a broken external or producer link, and the verdict. */
    public record BrokenLink(Resource resource, CheckedLink link) {
    }

    public List<BrokenLink> broken(int max) {
        return em.createQuery("SELECT r, l FROM Resource r, CheckedLink l WHERE l.broken = TRUE AND r.status = :status "
                        + "AND (r.externalUrl = l.url OR r.producerUrl = l.url) ORDER BY l.checkedAt DESC, r.id",
                        Object[].class)
                .setParameter("status", Resource.PUBLISHED)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> new BrokenLink((Resource) row[0], (CheckedLink) row[1]))
                .toList();
    }
}
