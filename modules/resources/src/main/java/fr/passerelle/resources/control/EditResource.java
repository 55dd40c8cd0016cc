package fr.passerelle.resources.control;

import fr.passerelle.kernel.history.Changes;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Replaces the content of a resource (the slug stays). Editors edit anything; a proposer edits their own
 * pending proposal, and a proposal sent back for changes goes back to the editors' queue. Every change is
 * recorded, licence changes flagged for the editors.
 */
@ApplicationScoped
public class EditResource {

    @Inject
    ResourceRepository resources;

    @Inject
    ResourcePolicy policy;

    @Inject
    ResourceFiles files;

    @Inject
    Caller caller;

    @Inject
    ResourceJournal journal;


    @Inject
    Clock clock;

    @Transactional
    public Resource edit(String slug, ResourceInput input) {
        Resource r = policy.checkMayEdit(resources.bySlugForUpdate(slug));
        ResourceDescription d = ResourceDescription.check(input);
        ResourceSnapshot before = ResourceSnapshot.of(r);
        ResourceContent.apply(r, d, files.text(r));
        boolean resubmitted = r.status() == ResourceStatus.CHANGES_REQUESTED && r.isProposedBy(caller.subject())
                && !policy.isEditor();
        if (resubmitted) {
            r.moveTo(ResourceStatus.PROPOSED, OffsetDateTime.now(clock));
        }
        Changes changes = ResourceSnapshot.of(r).since(before);
        if (changes.isEmpty()) {
            return r;
        }
        r.touch(OffsetDateTime.now(clock));
        journal.changed(r, resubmitted ? "modifiée et soumise à nouveau" : "modifiée", null,
                changes.touches(ResourceSnapshot.LICENCE), changes.list());
        return r;
    }
}
