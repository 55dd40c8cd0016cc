package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;

/** Decisions in search, with the visibility each was recorded with. */
@ApplicationScoped
public class DecisionIndexer implements SearchIndexer {

    public static final String TYPE = "decision";
    @Inject
    DecisionRepository decisions;

    @Inject
    BodyRepository bodies;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Décision";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return InputRules.id(id).flatMap(decisions::byId)
                .flatMap(d -> bodies.byId(d.getBodyId()).map(b -> toDocument(d, b)));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        IdWalk.forEach(decisions::afterId, Decision::getId, d -> bodies.byId(d.getBodyId()).map(b -> toDocument(d, b)).ifPresent(sink));
    }

    static SearchDocument toDocument(Decision d, Body body) {
        return SearchDocument.builder(TYPE, String.valueOf(d.getId()))
                .url(body.getPath() + "/decisions/" + d.getNumber())
                .title("Décision " + d.getNumber() + " — " + d.getTitle())
                .summary(body.getName() + " · " + d.getOutcomeLabel() + " le " + ParisTime.date(d.getDecidedOn()))
                .body(d.getText())
                .date(d.getDecidedOn().atTime(OffsetTime.of(12, 0, 0, 0, ZoneOffset.UTC)))
                .facet(SearchFacets.THEME, Theme.GOUVERNANCE_PARTENARIATS.label())
                .visibleTo(Readers.grants(body, d.getVisibility()))
                .build();
    }
}
