package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Actions in search: public ones for everyone, the others for the body's members, secretariat and admins. */
@ApplicationScoped
public class ActionIndexer extends BodyDocumentIndexer<Action> {

    public static final String TYPE = "action";
    @Inject
    ActionRepository actions;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Action de suivi";
    }

    @Override
    Optional<Action> find(long id) {
        return actions.byId(id);
    }

    @Override
    List<Action> pageAfter(long afterId, int max) {
        return actions.afterId(afterId, max);
    }

    @Override
    long idOf(Action e) {
        return e.getId();
    }

    @Override
    long bodyOf(Action e) {
        return e.getBodyId();
    }

    @Override
    SearchDocument toDocument(Action e, Body body) {
        return document(e, body);
    }

    /** A pure function of the entity and its body. */
    static SearchDocument document(Action a, Body body) {
        return SearchDocument.builder(TYPE, String.valueOf(a.getId()))
                .url(a.path(body.getSlug()))
                .title(a.getTitle())
                .summary(body.getName() + " · " + a.getStatus().label() + " · échéance le " + ParisTime.date(a.getDueDate()))
                .body(a.getDescription())
                .date(a.getUpdatedAt())
                .facet(SearchFacets.THEME, Theme.GOUVERNANCE_PARTENARIATS.label())
                .visibleTo(Readers.grants(body, a.getVisibility()))
                .build();
    }
}
