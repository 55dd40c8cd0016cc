package fr.passerelle.resources.control;

import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.security.Roles;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resources in search: published ones for everyone, proposals for editors, administrators and their
 * proposer. The body is indexed as plain text, facets carry French labels.
 */
@ApplicationScoped
public class ResourceIndexer implements SearchIndexer {

    public static final String TYPE = "resource";

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceFiles files;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Ressource";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        // A lambda, not resources::byId, which would dereference the repository even for a text that is no id.
        return EntityIds.parse(id).flatMap(key -> resources.byId(key)).map(r -> toDocument(r, files.text(r)));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(resources::afterId, Resource::getId, r -> sink.accept(toDocument(r, files.text(r))));
    }

    static SearchDocument toDocument(Resource r) {
        return toDocument(r, "");
    }

    /**
     * What search holds of a resource: a pure function of the entity and its files' text. The producer joins
     * the body, so that "MedNum" finds what La MedNum made.
     */
    static SearchDocument toDocument(Resource r, String filesText) {
        boolean published = r.isPublished();
        String body = Markdown.toPlainText(r.getBody());
        if (r.getProducerName() != null) {
            body = body + "\n\n" + r.getProducerName();
        }
        if (filesText != null && !filesText.isBlank()) {
            body = body + "\n\n" + filesText;
        }
        SearchDocument.Builder doc = SearchDocument.builder(TYPE, String.valueOf(r.getId()))
                .url(r.getPath())
                .title(r.getTitle())
                .summary(r.getSummary())
                .body(body)
                .date(published && r.getPublishedAt() != null ? r.getPublishedAt() : r.getUpdatedAt())
                .published(published)
                .facet(SearchFacets.THEME, labels(r.getThemes()))
                .facet(SearchFacets.AUDIENCE, labels(r.getAudiences()))
                .facet(SearchFacets.LICENCE, r.getLicence().shortLabel());
        if (published) {
            doc.visibleTo(Visibility.PUBLIC);
        } else {
            doc.visibleTo(Visibility.role(Roles.EDITOR), Visibility.role(Roles.ADMIN));
            if (r.getProposedBy() != null && !r.getProposedBy().isBlank()) {
                doc.visibleTo(Visibility.user(r.getProposedBy()));
            }
        }
        return doc.build();
    }

    private static List<String> labels(List<? extends Term> terms) {
        return terms.stream().map(Term::label).toList();
    }
}
