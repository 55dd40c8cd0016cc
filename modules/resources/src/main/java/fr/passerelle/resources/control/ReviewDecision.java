package fr.passerelle.resources.control;

import fr.passerelle.resources.entity.ResourceStatus;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What an editor decides about a resource: the statuses it applies to, where it leads, how it is recorded. */
public enum ReviewDecision {
    PUBLISH("publier", ResourceStatus.PUBLISHED, "publiée", false,
            Set.of(ResourceStatus.PROPOSED, ResourceStatus.CHANGES_REQUESTED, ResourceStatus.UNPUBLISHED,
                    ResourceStatus.REJECTED)),
    REQUEST_CHANGES("demander-modification", ResourceStatus.CHANGES_REQUESTED, "changement demandé", true,
            Set.of(ResourceStatus.PROPOSED, ResourceStatus.CHANGES_REQUESTED)),
    REJECT("rejeter", ResourceStatus.REJECTED, "rejetée", true,
            Set.of(ResourceStatus.PROPOSED, ResourceStatus.CHANGES_REQUESTED)),
    UNPUBLISH("depublier", ResourceStatus.UNPUBLISHED, "dépubliée", false, Set.of(ResourceStatus.PUBLISHED));

    private final String code;
    private final ResourceStatus target;
    private final String action;
    private final boolean needsComment;
    private final Set<ResourceStatus> from;

    ReviewDecision(String code, ResourceStatus target, String action, boolean needsComment, Set<ResourceStatus> from) {
        this.code = code;
        this.target = target;
        this.action = action;
        this.needsComment = needsComment;
        this.from = from;
    }

    /** The last segment of the page form's address, e.g. {@code /ressources/x/publier}. */
    public String code() {
        return code;
    }

    public ResourceStatus target() {
        return target;
    }

    /** The history's action phrase. */
    public String action() {
        return action;
    }

    public boolean needsComment() {
        return needsComment;
    }

    public boolean appliesTo(ResourceStatus status) {
        return from.contains(status);
    }

    public static Optional<ReviewDecision> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
