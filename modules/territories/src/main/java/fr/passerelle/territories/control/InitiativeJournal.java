package fr.passerelle.territories.control;

import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.territories.entity.Initiative;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What every change of an initiative leaves behind, in its transaction: a line of history and a search
 * update of the initiative and of its territory (whose facets list the themes of its initiatives). A change of
 * licence of a published commons is flagged for editors.
 */
@ApplicationScoped
public class InitiativeJournal {

    public static final String ENTITY = "territories.initiative";

    @Inject
    ChangeHistory history;

    @Inject
    SearchChanges search;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Initiative initiative, Actor actor, String action, String comment, List<FieldChange> changes) {
        boolean licenceChanged = changes.stream().anyMatch(c -> c.field().equals("licence") && c.before() != null);
        history.record(ENTITY, String.valueOf(initiative.getId()), actor, action, comment, licenceChanged, changes);
        search.changed(InitiativeIndexer.TYPE, initiative.getId());
        search.changed(TerritoryIndexer.TYPE, initiative.getTerritory().getId());
    }
}
