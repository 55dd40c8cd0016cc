package fr.passerelle.resources.control;

import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What every change of a resource leaves behind, in the changing transaction: a line in its history (who,
 * which fields, licence changes flagged) and a notice to search.
 */
@ApplicationScoped
public class ResourceJournal {

    @Inject
    ChangeHistory history;

    @Inject
    SearchChanges search;

    @Inject
    Caller caller;

    /** A change made by the person asking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Resource r, String action, String comment, boolean flagged, List<FieldChange> changes) {
        changed(r, Actor.of(caller), action, comment, flagged, changes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Resource r, Actor actor, String action, String comment, boolean flagged,
                        List<FieldChange> changes) {
        history.record(ResourceIndexer.TYPE, String.valueOf(r.getId()), actor, action, comment, flagged, changes);
        search.changed(ResourceIndexer.TYPE, r.getId());
    }
}
