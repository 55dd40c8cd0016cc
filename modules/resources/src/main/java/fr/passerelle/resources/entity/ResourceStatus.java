package fr.passerelle.resources.entity;

import java.util.Arrays;
import java.util.Optional;

/** Where a resource stands in the review workflow; the code is stored and exchanged, the label is shown. */
public enum ResourceStatus {
    PROPOSED("proposed", "proposée"),
    CHANGES_REQUESTED("changes-requested", "changement demandé"),
    PUBLISHED("published", "publiée"),
    REJECTED("rejected", "rejetée"),
    UNPUBLISHED("unpublished", "dépubliée");

    private final String code;
    private final String label;

    ResourceStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A proposal still waiting for its author or an editor: its author may edit it. */
    public boolean isPending() {
        return this == PROPOSED || this == CHANGES_REQUESTED;
    }

    public static Optional<ResourceStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
