package fr.passerelle.resources.control;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone signed in proposes a resource: it is stored as {@code proposed}, seen by its author and the
 * editors only until an editor publishes it. Editors may publish at once.
 */
@ApplicationScoped
public class ProposeResource {

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceSlugs slugs;

    @Inject
    ResourcePolicy policy;

    @Inject
    Caller caller;

    @Inject
    ResourceJournal journal;


    @Inject
    Clock clock;

    @Inject
    Attachments attachments;

    @Inject
    ResourceFiles files;

    /**
     * @param status null or {@code proposed}; {@code published} for editors only
     * @throws InvalidInput, fr.passerelle.kernel.errors.Conflict, jakarta.ws.rs.ForbiddenException
     */
    @Transactional // a call within this bean bypasses the interceptor: the transaction must start here too
    public Resource propose(ResourceInput input, String requestedSlug, String status) {
        return propose(input, requestedSlug, status, null);
    }

    /**
     * @param file a file to attach at once, or null; when it is refused nothing is stored at all
     */
    @Transactional
    public Resource propose(ResourceInput input, String requestedSlug, String status, Upload file) {
        policy.checkMayPropose();
        ResourceStatus wanted = wantedStatus(status);
        ResourceDescription d = ResourceDescription.check(input);
        String slug = slugs.choose(requestedSlug, d.title());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Resource resource = new Resource(slug, now);
        ResourceContent.apply(resource, d, "");
        resource.proposedBy(caller.subject(), caller.name());
        if (wanted == ResourceStatus.PUBLISHED) {
            resource.publish(now);
        }
        resources.add(resource);
        List<FieldChange> changes = new ArrayList<>(ResourceSnapshot.of(resource).since(null).list());
        if (file != null) {
            StoredFile stored = attachments.store(ResourceFiles.owner(resource.getId()), file);
            ResourceContent.refreshSearchText(resource, files.text(resource));
            changes.add(new FieldChange(AttachFile.FIELD, null, stored.filename()));
        }
        journal.changed(resource, wanted == ResourceStatus.PUBLISHED ? "créée et publiée" : "proposée", null, false,
                changes);
        return resource;
    }

    private ResourceStatus wantedStatus(String status) {
        if (status == null || status.isBlank() || status.strip().equals(ResourceStatus.PROPOSED.code())) {
            return ResourceStatus.PROPOSED;
        }
        if (!status.strip().equals(ResourceStatus.PUBLISHED.code())) {
            throw InvalidInput.of("status", "doit valoir « proposed » ou, pour l'équipe éditoriale, « published »");
        }
        policy.checkMayReview();
        return ResourceStatus.PUBLISHED;
    }
}
