package fr.passerelle.app.probe;

import fr.passerelle.kernel.attachments.AttachmentAccess;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Test-only access rule for owners {@code probe:…}: {@code probe:public:…} files are anyone's, the others only
 * the realm's "membre" user's.
 */
@ApplicationScoped
public class ProbeAttachments implements AttachmentAccess {

    public static final Class<?>[] CLASSES = {ProbeAttachments.class, ProbeAttachmentEndpoint.class,
        ProbeAttachmentPage.class};

    @Override
    public String ownerPrefix() {
        return "probe";
    }

    @Override
    public boolean mayRead(String owner, Caller caller) {
        return isPublic(owner) || "membre".equals(caller.username());
    }

    @Override
    public boolean isPublic(String owner) {
        return owner.startsWith("probe:public:");
    }
}
