package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.ActionUpdate;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter.Outcome;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An actions file ({@code type: actions}): each action by its key, created with its log when missing; actions
 * already imported are left as the platform has them.
 */
@ApplicationScoped
public class ActionImport {

    @Inject
    BodyRepository bodies;

    @Inject
    ActionRepository actions;

    @Inject
    DecisionRepository decisions;

    @Inject
    CreateAction creation;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome importActions(ContentFile file) {
        Body body = bodies.bySlug(file.text("body")).orElseThrow(() -> new ContentError(file.lineOf("body"),
                "l'instance « " + file.text("body") + " » n'existe pas (son fichier doit venir avant)"));
        int created = 0;
        for (ContentValues a : ContentValues.of(file.fields(), file.name(), file.lineOf("actions")).list("actions")) {
            String key = file.slug() + "/" + a.required("key");
            if (actions.bySourceKey(key).isPresent()) {
                continue;
            }
            String decisionKey = a.text("decision");
            Decision decision = decisionKey == null ? null : decisions.bySourceKey(decisionKey)
                    .orElseThrow(() -> a.error("la décision « " + decisionKey + " » est inconnue"));
            LocalDate createdOn = decision != null ? decision.getDecidedOn()
                    : InputRules.date(new InvalidInput.Collector(), "created", a.required("created"));
            OffsetDateTime at = createdOn.atTime(18, 0).atZone(ParisTime.ZONE).toOffsetDateTime();
            Action action;
            try {
                action = creation.create(body, new ActionDraft(body.getSlug(), a.text("title"), a.text("description"),
                        a.text("owner"), a.text("ownerOrganisation"), a.strings("contributors"), a.text("due"),
                        decision == null ? null : String.valueOf(decision.getId()), a.text("visibility")), null,
                        MeetingImport.IMPORT, at);
            } catch (InvalidInput e) {
                throw a.error(e.errors().get(0).getField() + " " + e.errors().get(0).getMessage());
            }
            action.setSourceKey(key);
            for (ContentValues u : a.list("updates")) {
                OffsetDateTime when = InputRules.date(new InvalidInput.Collector(), "at", u.required("at"))
                        .atTime(10, 0).atZone(ParisTime.ZONE).toOffsetDateTime();
                ActionStatus status = u.text("status") == null ? null : ActionStatus.fromCode(u.text("status"))
                        .orElseThrow(() -> u.error("statut inconnu « " + u.text("status") + " »"));
                Integer progress = u.number("progress");
                actions.add(new ActionUpdate(action.getId(), when, null, u.required("by"), u.required("comment"),
                        progress, status, u.text("evidence")));
                action.advance(status == null ? action.getStatus() : status,
                        progress == null ? action.getProgress() : progress, u.text("reason"), when);
            }
            created++;
        }
        return created == 0 ? Outcome.UNCHANGED : Outcome.CREATED;
    }
}
