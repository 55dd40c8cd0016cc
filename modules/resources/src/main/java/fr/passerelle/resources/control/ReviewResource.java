package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** An editor publishes, sends back for changes, rejects or unpublishes a resource; recorded in its history. */
@ApplicationScoped
public class ReviewResource {

    public static final int COMMENT_MAX = 4000;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourcePolicy policy;

    @Inject
    ResourceJournal journal;


    @Inject
    Clock clock;

    /**
     * @throws InvalidInput when the decision needs a comment and has none
     * @throws Conflict when the decision does not apply to the resource's current status
     */
    @Transactional
    public Resource decide(String slug, ReviewDecision decision, String comment) {
        policy.checkMayReview();
        Resource r = policy.readable(resources.bySlugForUpdate(slug));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String c = TextFields.text(errors, "comment", comment, COMMENT_MAX);
        if (decision.needsComment() && c.isEmpty()) {
            errors.add("comment", "est obligatoire : expliquez à la personne qui propose ce qu'il faut changer");
        }
        errors.throwIfAny();
        if (!decision.appliesTo(r.status())) {
            throw new Conflict("Impossible : la ressource est " + r.status().label() + ".");
        }
        ResourceSnapshot before = ResourceSnapshot.of(r);
        OffsetDateTime now = OffsetDateTime.now(clock);
        r.moveTo(decision.target(), now);
        if (decision.needsComment()) {
            r.setReviewComment(c);
        } else if (decision == ReviewDecision.PUBLISH) {
            r.setReviewComment(null);
        }
        r.touch(now);
        journal.changed(r, decision.action(), c.isEmpty() ? null : c, false, ResourceSnapshot.of(r).since(before).list());
        return r;
    }
}
