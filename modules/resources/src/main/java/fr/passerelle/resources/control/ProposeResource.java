package fr.passerelle.resources.control;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

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
    ChangeHistory history;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    /**
     * @param status null or {@code proposed}; {@code published} for editors only
     * @throws InvalidInput, fr.passerelle.kernel.errors.Conflict, jakarta.ws.rs.ForbiddenException
     */
    @Transactional
    public Resource propose(ResourceInput input, String requestedSlug, String status) {
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
        history.record(ResourceIndexer.TYPE, String.valueOf(resource.getId()), Actor.of(caller),
                wanted == ResourceStatus.PUBLISHED ? "créée et publiée" : "proposée", null, false,
                ResourceSnapshot.of(resource).since(null).list());
        search.changed(ResourceIndexer.TYPE, resource.getId());
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
