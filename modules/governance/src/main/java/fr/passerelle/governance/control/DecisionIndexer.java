package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Decisions in search, with the visibility each was recorded with. */
@ApplicationScoped
public class DecisionIndexer extends BodyDocumentIndexer<Decision> {

    public static final String TYPE = "decision";
    @Inject
    DecisionRepository decisions;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Décision";
    }

    @Override
    Optional<Decision> find(long id) {
        return decisions.byId(id);
    }

    @Override
    List<Decision> pageAfter(long afterId, int max) {
        return decisions.afterId(afterId, max);
    }

    @Override
    long idOf(Decision e) {
        return e.getId();
    }

    @Override
    long bodyOf(Decision e) {
        return e.getBodyId();
    }

    @Override
    SearchDocument toDocument(Decision e, Body body) {
        return document(e, body);
    }

    /** A pure function of the entity and its body. */
    static SearchDocument document(Decision d, Body body) {
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
