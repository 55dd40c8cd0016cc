package fr.passerelle.territories.control;

import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Territories in search, for everyone: their presentation, where they lie, the themes of their published initiatives. */
@ApplicationScoped
public class TerritoryIndexer implements SearchIndexer {

    public static final String TYPE = "territory";

    @Inject
    TerritoryRepository territories;

    @Inject
    InitiativeRepository initiatives;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Territoire pilote";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return EntityIds.parse(id).flatMap(territories::byId).map(t -> toDocument(t, themesOf(t)));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(territories::afterId, Territory::getId, t -> sink.accept(toDocument(t, themesOf(t))));
    }

    private Set<String> themesOf(Territory t) {
        Set<String> themes = new LinkedHashSet<>();
        initiatives.published(new InitiativeRepository.Filter(null, null, null, t), null).stream()
                .map(Initiative::getThemes).forEach(list -> list.stream().map(Term::label).forEach(themes::add));
        return themes;
    }

    static SearchDocument toDocument(Territory t, Set<String> themes) {
        List<String> regions = Places.regions(t.getRegions());
        String where = t.getKind().label() + (regions.isEmpty() ? "" : " — " + String.join(", ", regions));
        return SearchDocument.builder(TYPE, String.valueOf(t.getId()))
                .url(t.getPath())
                .title(t.getName())
                .summary(where)
                .body(Markdown.toPlainText(t.getPresentation()) + "\n\n" + String.join(", ", Places.departements(t.getDepartements())))
                .date(t.getUpdatedAt())
                .published(true)
                .facet(SearchFacets.TERRITORY, t.getName())
                .facet(SearchFacets.REGION, regions)
                .facet(SearchFacets.THEME, themes)
                .at(t.getLatitude().doubleValue(), t.getLongitude().doubleValue())
                .visibleTo(Visibility.PUBLIC)
                .build();
    }
}
