package fr.passerelle.resources.control;

import fr.passerelle.kernel.attachments.AttachmentAccess;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A resource's files are read by whoever may read the resource: everyone once published, else its proposer and editors. */
@ApplicationScoped
public class ResourceFileAccess implements AttachmentAccess {

    @Inject
    ResourceRepository resources;

    @Override
    public String ownerPrefix() {
        return ResourceFiles.PREFIX;
    }

    @Override
    public boolean mayRead(String owner, Caller caller) {
        var id = ResourceFiles.resourceId(owner);
        return id.isPresent() && resources.byId(id.getAsLong()).filter(r -> ResourcePolicy.mayRead(r, caller)).isPresent();
    }

    /** A published resource's files may be kept by shared caches. */
    @Override
    public boolean isPublic(String owner) {
        var id = ResourceFiles.resourceId(owner);
        return id.isPresent() && resources.byId(id.getAsLong()).filter(r -> r.isPublished()).isPresent();
    }
}
