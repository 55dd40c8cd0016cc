package fr.passerelle.territories.control;

import fr.passerelle.kernel.attachments.AttachmentAccess;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.territories.entity.Initiative;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Files attached to initiatives are owned by {@code territories:initiative:<id>} and may be downloaded
 * by whoever may read the initiative: everyone once it is published, its writers while it is a draft.
 */
@ApplicationScoped
public class InitiativeAttachments implements AttachmentAccess {

    static final String PREFIX = "territories";
    private static final String OWNER = PREFIX + ":initiative:";

    @Inject
    InitiativeRepository initiatives;

    public static String owner(Initiative initiative) {
        return OWNER + initiative.getId();
    }

    @Override
    public String ownerPrefix() {
        return PREFIX;
    }

    @Override
    public boolean isPublic(String owner) {
        return initiative(owner).map(Initiative::isPublished).orElse(false);
    }

    private Optional<Initiative> initiative(String owner) {
        if (owner == null || !owner.startsWith(OWNER)) {
            return Optional.empty();
        }
        return EntityIds.parse(owner.substring(OWNER.length())).flatMap(initiatives::byId);
    }

    @Override
    public boolean mayRead(String owner, Caller caller) {
        return initiative(owner).map(i -> TerritoryPolicy.mayRead(caller, i)).orElse(false);
    }
}
