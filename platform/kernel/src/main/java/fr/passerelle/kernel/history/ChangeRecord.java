package fr.passerelle.kernel.history;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded change, as a history shows it.
 *
 * @param action  short French phrase shown as is ("publiée", "changement demandé")
 * @param flagged a change that deserves attention (a licence changed, for instance)
 */
public record ChangeRecord(long id, String entityType, String entityId, OffsetDateTime at, String actorSubject,
                           String actorName, String action, String comment, boolean flagged,
                           List<FieldChange> changes) {

    public ChangeRecord {
        changes = List.copyOf(changes);
    }
}
