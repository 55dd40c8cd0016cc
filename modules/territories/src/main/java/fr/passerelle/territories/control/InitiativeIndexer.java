package fr.passerelle.territories.control;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.security.Roles;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Partner;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Initiatives in search: published ones for everyone, drafts for national editors, administrators and
 * the editors of their territory ({@link TerritoryGrants}); placed at their territory's point. The text of
 * their attached documents is searched too: a report in PDF often says more than the form.
 */
@ApplicationScoped
public class InitiativeIndexer implements SearchIndexer {

    public static final String TYPE = "initiative";

    @Inject
    InitiativeRepository initiatives;

    @Inject
    Attachments attachments;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Initiative de territoire";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return EntityIds.parse(id).flatMap(initiatives::byId).map(i -> toDocument(i, documentsText(i)));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(initiatives::afterId, Initiative::getId, i -> sink.accept(toDocument(i, documentsText(i))));
    }

    private String documentsText(Initiative i) {
        return attachments.ofOwner(InitiativeAttachments.owner(i)).stream()
                .map(f -> f.filename() + "\n" + attachments.text(f.id())).collect(Collectors.joining("\n\n"));
    }

    static SearchDocument toDocument(Initiative i, String documents) {
        Territory t = i.getTerritory();
        String body = Stream.of(i.getProblem(), i.getActions(), i.getWhatWorked(), i.getWhatStuck(), i.getToSpread())
                .map(Markdown::toPlainText).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
        String partners = i.getPartners().stream().map(Partner::getName).collect(Collectors.joining(", "));
        SearchDocument.Builder doc = SearchDocument.builder(TYPE, String.valueOf(i.getId()))
                .url(i.getPath())
                .title(i.getTitle())
                .summary(i.getSummary().isBlank() ? t.getName() : i.getSummary())
                .body(body + (partners.isEmpty() ? "" : "\n\nPartenaires : " + partners) + "\n\n" + t.getName()
                        + (documents.isEmpty() ? "" : "\n\n" + documents))
                .date(i.isPublished() && i.getPublishedAt() != null ? i.getPublishedAt() : i.getUpdatedAt())
                .published(i.isPublished())
                .facet(SearchFacets.THEME, i.getThemes().stream().map(Term::label).toList())
                .facet(SearchFacets.AUDIENCE, i.getAudiences().stream().map(Term::label).toList())
                .facet(SearchFacets.LICENCE, i.getLicence().shortLabel())
                .facet(SearchFacets.TERRITORY, t.getName())
                .facet(SearchFacets.REGION, Places.regions(t.getRegions()))
                .at(t.getLatitude().doubleValue(), t.getLongitude().doubleValue());
        if (i.isPublished()) {
            doc.visibleTo(Visibility.PUBLIC);
        } else {
            doc.visibleTo(Visibility.role(Roles.EDITOR), Visibility.role(Roles.ADMIN), TerritoryGrants.of(t.getSlug()));
        }
        return doc.build();
    }
}
