package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.ActionUpdate;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Someone reports on an action: its owner or a co-contributor (status, progress, comment, evidence link), or
 * the secretariat (that, and the assignment). Every report is a dated entry of the action's log.
 */
@ApplicationScoped
public class UpdateAction {

    public static final int COMMENT_MAX = 5000;
    public static final int REASON_MAX = 1000;

    @Inject
    GovernancePolicy policy;

    @Inject
    MemberLookup lookup;

    @Inject
    ActionRepository actions;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    /** Whether the caller may report on this action (owner, co-contributor or secretariat). */
    public boolean mayReport(Body body, Action action) {
        if (policy.isSecretariat(body)) {
            return true;
        }
        Optional<Member> seat = policy.seat(body);
        return seat.isPresent() && (seat.get().getId().equals(action.getOwnerMemberId())
                || action.getContributorIds().contains(seat.get().getId()));
    }

    @Transactional
    public Action update(Body body, Action action, ActionPatch patch) {
        policy.caller().requireSignedIn();
        policy.requireRead(body, action.getVisibility());
        if (!mayReport(body, action)) {
            throw new ForbiddenException("Seuls le ou la responsable de l'action, ses contributeurs et le secrétariat "
                    + "peuvent la mettre à jour.");
        }
        if (patch == null || patch.isEmpty()) {
            throw InvalidInput.of("corps", "indiquez au moins un champ à modifier (status, progress, comment, "
                    + "evidence…)");
        }
        boolean secretariat = policy.isSecretariat(body);
        if (patch.touchesAssignment() && !secretariat) {
            throw new ForbiddenException("Seul le secrétariat peut modifier l'intitulé, l'échéance, le responsable, "
                    + "les contributeurs ou la visibilité d'une action.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ActionStatus status = InputRules.term(errors, "status", patch.status(), ActionStatus.class, action.getStatus());
        Integer progress = InputRules.number(errors, "progress", patch.progress(), 0, 100);
        String comment = TextFields.text(errors, "comment", patch.comment(), COMMENT_MAX);
        String evidence = InputRules.webLink(errors, "evidence", patch.evidence());
        String reason = patch.reason() == null ? null : TextFields.text(errors, "reason", patch.reason(), REASON_MAX);
        if (status == ActionStatus.ABANDONNEE && (reason == null || reason.isBlank())
                && (action.getStatusReason() == null || action.getStatus() != ActionStatus.ABANDONNEE)) {
            errors.add("reason", "est obligatoire pour abandonner une action : dites pourquoi");
        }
        Assignment assignment = patch.touchesAssignment() ? assignment(errors, body, action, patch) : null;
        errors.throwIfAny();

        var now = ParisTime.now(clock);
        if (assignment != null) {
            action.describe(assignment.title(), assignment.description(), assignment.visibility());
            action.assign(assignment.ownerId(), assignment.organisation(), assignment.contributors(), assignment.due());
        }
        int newProgress = progress != null ? progress : status == ActionStatus.FAITE ? 100 : action.getProgress();
        String newReason = reason != null && !reason.isBlank() ? reason
                : status == action.getStatus() ? action.getStatusReason() : null;
        boolean statusChanged = status != action.getStatus();
        boolean progressChanged = newProgress != action.getProgress();
        action.advance(status, newProgress, newReason, now);
        StringBuilder log = new StringBuilder(comment);
        if (assignment != null && comment.isBlank()) {
            log.append("Action modifiée par le secrétariat.");
        }
        if (status == ActionStatus.ABANDONNEE && statusChanged && newReason != null) {
            log.append(log.isEmpty() ? "" : "\n").append("Motif de l'abandon : ").append(newReason);
        }
        actions.add(new ActionUpdate(action.getId(), now, policy.caller().subject(), policy.caller().name(),
                log.toString(), progressChanged || progress != null ? action.getProgress() : null,
                statusChanged ? status : null, evidence));
        search.changed(ActionIndexer.TYPE, action.getId());
        return action;
    }

    private record Assignment(String title, String description, Readership visibility, Long ownerId,
                              String organisation, Set<Long> contributors, LocalDate due) {
    }

    private Assignment assignment(InvalidInput.Collector errors, Body body, Action action, ActionPatch p) {
        String title = p.title() == null ? action.getTitle()
                : TextFields.line(errors, "title", p.title(), ActionDraft.TITLE_MAX);
        String description = p.description() == null ? action.getDescription()
                : TextFields.text(errors, "description", p.description(), ActionDraft.DESCRIPTION_MAX);
        Readership visibility = InputRules.term(errors, "visibility", p.visibility(), Readership.class,
                action.getVisibility());
        LocalDate due = p.dueDate() == null ? action.getDueDate() : InputRules.date(errors, "dueDate", p.dueDate());
        Long ownerId = action.getOwnerMemberId();
        String organisation = action.getOwnerOrganisation();
        if (p.owner() != null && !p.owner().isBlank()) {
            Member owner = lookup.require(errors, "owner", body, p.owner());
            ownerId = owner == null ? null : owner.getId();
            organisation = null;
        } else if (p.ownerOrganisation() != null && !p.ownerOrganisation().isBlank()) {
            organisation = TextFields.line(errors, "ownerOrganisation", p.ownerOrganisation(),
                    ActionDraft.ORGANISATION_MAX);
            ownerId = null;
        }
        Set<Long> contributors = p.contributors() == null ? action.getContributorIds()
                : lookup.requireAll(errors, "contributors", body, p.contributors());
        return new Assignment(title, description, visibility, ownerId, organisation, contributors, due);
    }
}
