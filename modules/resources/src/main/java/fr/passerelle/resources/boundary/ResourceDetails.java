package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.search.SimilarDocument;
import fr.passerelle.kernel.search.SimilarDocuments;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.resources.control.LinkRepository;
import fr.passerelle.resources.control.PathRepository;
import fr.passerelle.resources.control.ResourceFiles;
import fr.passerelle.resources.control.ResourceIndexer;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ReviewDecision;
import fr.passerelle.resources.entity.CheckedLink;
import fr.passerelle.resources.entity.MethodPath;
import fr.passerelle.resources.entity.PathStep;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Everything the resource page shows, for the person asking: content, files, links, related, allowed actions. */
@RequestScoped
public class ResourceDetails {

    private static final Logger LOG = Logger.getLogger(ResourceDetails.class.getName());
    static final int RELATED = 4;

    @Inject
    ResourcePolicy policy;

    @Inject
    ResourceFiles files;

    @Inject
    LinkRepository links;

    @Inject
    PathRepository paths;

    @Inject
    Instance<SimilarDocuments> similar;

    Map<String, Object> of(Resource r) {
        Map<String, Object> m = ResourceCards.card(r);
        m.put("bodyHtml", Markdown.toHtml(r.getBody()));
        m.put("licenceLabel", r.getLicence().label());
        m.put("licenceUrl", r.getLicence().url());
        m.put("producerUrl", r.getProducerUrl());
        m.put("externalUrl", r.getExternalUrl());
        m.put("externalCheck", check(r.getExternalUrl()));
        m.put("producerCheck", check(r.getProducerUrl()));
        m.put("attachments", files.of(r).stream().map(ResourceDetails::file).toList());
        m.put("related", related(r));
        m.put("inPaths", inPaths(r));
        m.put("reviewComment", r.isPublished() ? null : r.getReviewComment());
        m.put("mayEdit", policy.mayEdit(r));
        boolean editor = policy.isEditor();
        m.put("editor", editor);
        List<Map<String, Object>> decisions = new ArrayList<>();
        if (editor) {
            for (ReviewDecision d : ReviewDecision.values()) {
                if (d.appliesTo(r.status())) {
                    decisions.add(Map.of("code", d.code(), "label", label(d), "needsComment", d.needsComment()));
                }
            }
        }
        m.put("decisions", decisions);
        return m;
    }

    private static String label(ReviewDecision d) {
        return switch (d) {
            case PUBLISH -> "Publier";
            case REQUEST_CHANGES -> "Demander une modification";
            case REJECT -> "Rejeter";
            case UNPUBLISH -> "Dépublier";
        };
    }

    static Map<String, Object> file(StoredFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.filename());
        m.put("url", f.url());
        m.put("detail", f.kind().label() + " – " + f.sizeLabel());
        return m;
    }

    private Map<String, Object> check(String url) {
        Optional<CheckedLink> link = links.check(url);
        if (link.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("broken", link.get().isBroken());
        m.put("date", FrenchDates.day(link.get().getCheckedAt()));
        m.put("iso", FrenchDates.iso(link.get().getCheckedAt()));
        return m;
    }

    /** Resources like this one (Lucene MoreLikeThis); empty when search offers none or fails. */
    private List<Map<String, Object>> related(Resource r) {
        if (!r.isPublished() || !similar.isResolvable()) {
            return List.of();
        }
        try {
            List<SimilarDocument> like = similar.get().like(ResourceIndexer.TYPE, String.valueOf(r.getId()),
                    Set.of(ResourceIndexer.TYPE), RELATED);
            return like.stream().map(d -> Map.<String, Object>of("title", d.title(), "url", d.url(),
                    "summary", d.summary() == null ? "" : d.summary())).toList();
        } catch (RuntimeException e) {
            // A failing index must not take the page down: the block is simply left out.
            LOG.log(Level.WARNING, "Ressources similaires indisponibles pour " + r.getSlug(), e);
            return List.of();
        }
    }

    private List<Map<String, Object>> inPaths(Resource r) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (MethodPath p : paths.containing(r.getSlug())) {
            for (PathStep s : p.getSteps()) {
                if (s.getResourceSlugs().contains(r.getSlug())) {
                    found.add(Map.of("title", p.getTitle(), "url", p.getPath() + "#etape-" + s.getNumber(),
                            "step", s.getNumber(), "stepTitle", s.getTitle(), "count", p.getSteps().size()));
                }
            }
        }
        return found;
    }
}
