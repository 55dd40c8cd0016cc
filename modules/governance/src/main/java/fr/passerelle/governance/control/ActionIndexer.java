package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;

/** Actions in search: public ones for everyone, the others for the body's members, secretariat and admins. */
@ApplicationScoped
public class ActionIndexer implements SearchIndexer {

    public static final String TYPE = "action";
    @Inject
    ActionRepository actions;

    @Inject
    BodyRepository bodies;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Action de suivi";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return InputRules.id(id).flatMap(actions::byId)
                .flatMap(a -> bodies.byId(a.getBodyId()).map(b -> toDocument(a, b)));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        IdWalk.forEach(actions::afterId, Action::getId, a -> bodies.byId(a.getBodyId()).map(b -> toDocument(a, b)).ifPresent(sink));
    }

    static SearchDocument toDocument(Action a, Body body) {
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
