package fr.passerelle.governance.control;

import java.util.List;

/**
 * A change to an action (PATCH): absent fields stay as they are. Owners and co-contributors report status,
 * progress, a comment and an evidence link; the secretariat may also change the rest.
 */
public record ActionPatch(String status, Integer progress, String comment, String evidence, String reason,
                          String title, String description, String dueDate, String owner, String ownerOrganisation,
                          List<String> contributors, String visibility) {

    /** Whether the change touches what only the secretariat may change. */
    public boolean touchesAssignment() {
        return title != null || description != null || dueDate != null || owner != null || ownerOrganisation != null
                || contributors != null || visibility != null;
    }

    public boolean isEmpty() {
        return status == null && progress == null && (comment == null || comment.isBlank())
                && (evidence == null || evidence.isBlank()) && reason == null && !touchesAssignment();
    }
}
