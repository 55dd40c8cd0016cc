package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.territories.entity.Initiative;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/** Publishes a draft (its territory's editors, national editors) or takes a published initiative back (national editors). */
@RequestScoped
public class PublishInitiative {

    @Inject
    WriteInitiative write;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryPolicy policy;

    @Inject
    InitiativeJournal journal;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Initiative publish(String slug) {
        caller.requireSignedIn();
        Initiative initiative = write.readable(slug);
        policy.checkMayWrite(initiative.getTerritory());
        initiatives.lock(initiative);
        if (!initiative.isPublished()) {
            Map<String, Object> before = InitiativeSnapshot.of(initiative);
            OffsetDateTime now = OffsetDateTime.now(clock);
            initiative.publish(now);
            initiative.touch(now);
            initiative.getTerritory().wroteBy(caller.subject(), caller.name(), now);
            journal.changed(initiative, Actor.of(caller), "publiée", null,
                    InitiativeSnapshot.diff(before, InitiativeSnapshot.of(initiative)));
        }
        return initiative;
    }

    /** A reason is kept in the history, which is shown to readers: one checked paragraph, not a document. */
    static final int REASON_MAX = 1000;

    @Transactional
    public Initiative unpublish(String slug, String reason) {
        caller.requireSignedIn();
        Initiative initiative = write.readable(slug);
        policy.checkMayUnpublish();
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String why = TextFields.text(errors, "motif", reason, REASON_MAX);
        errors.throwIfAny();
        initiatives.lock(initiative);
        if (initiative.isPublished()) {
            Map<String, Object> before = InitiativeSnapshot.of(initiative);
            initiative.unpublish();
            initiative.touch(OffsetDateTime.now(clock));
            journal.changed(initiative, Actor.of(caller), "dépubliée", why.isEmpty() ? null : why,
                    InitiativeSnapshot.diff(before, InitiativeSnapshot.of(initiative)));
        }
        return initiative;
    }
}
