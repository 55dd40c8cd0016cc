package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.ActionUpdate;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * The secretariat creates an action, from a decision of the body or directly. Its owner must sit on the
 * body (or be an organisation); it is as visible as its decision, else as the body's documents by default.
 */
@ApplicationScoped
public class CreateAction {

    @Inject
    ActionRepository actions;

    @Inject
    DecisionRepository decisions;

    @Inject
    MemberLookup lookup;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Action create(Body body, ActionDraft draft, String authorSubject, String authorName) {
        return create(body, draft, authorSubject, authorName, ParisTime.now(clock));
    }

    /** @param now when the action is said to be created (the content import dates its seed actions) */
    @Transactional(Transactional.TxType.MANDATORY)
    public Action create(Body body, ActionDraft draft, String authorSubject, String authorName, OffsetDateTime now) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ActionDraft.Checked d = draft.check(errors);
        Member owner = draft.owner() == null || draft.owner().isBlank() ? null
                : lookup.require(errors, "owner", body, draft.owner());
        Set<Long> contributors = lookup.requireAll(errors, "contributors", body, draft.contributors());
        Decision decision = null;
        if (draft.decision() != null && !draft.decision().isBlank()) {
            decision = decisions.byReference(body.getId(), draft.decision()).orElse(null);
            if (decision == null) {
                errors.add("decision", "doit être l'identifiant ou le numéro d'une décision de l'instance");
            }
        }
        errors.throwIfAny();
        Readership visibility = d.visibility() != null ? d.visibility()
                : decision != null ? decision.getVisibility() : body.getDefaultVisibility();
        Action action = new Action(body.getId(), decision == null ? null : decision.getId(), now);
        action.describe(d.title(), d.description(), visibility);
        action.assign(owner == null ? null : owner.getId(), d.ownerOrganisation(), contributors, d.dueDate());
        action.advance(ActionStatus.A_FAIRE, 0, null, now);
        actions.add(action);
        // The log is as readable as the action: it names a members-only decision only in a members-only action.
        boolean named = decision != null
                && (decision.getVisibility() == Readership.PUBLIC || visibility == Readership.MEMBERS);
        actions.add(new ActionUpdate(action.getId(), now, authorSubject, authorName, "Action créée"
                + (decision == null ? "." : named ? " à la suite de la décision " + decision.getNumber() + "."
                : " à la suite d'une décision de l'instance."), 0, ActionStatus.A_FAIRE, null));
        search.changed(ActionIndexer.TYPE, action.getId());
        return action;
    }
}
