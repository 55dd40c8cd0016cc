package fr.passerelle.governance.boundary;

import fr.passerelle.governance.entity.AgendaItem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An agenda item; the follow-up item ({@code kind = suivi}) lists the open actions. */
@JsonbPropertyOrder({"id", "position", "title", "presenter", "outcome", "kind", "actions", "notes"})
public record AgendaItemView(long id, int position, String title, String presenter, String outcome, String kind,
                             List<ActionView> actions, String notes) {

    public static AgendaItemView of(AgendaItem item, List<ActionView> actions) {
        return new AgendaItemView(item.getId(), item.getPosition(), item.getTitle(), item.getPresenter(),
                item.getOutcome().code(), item.getKind(), item.isFollowUp() ? actions : null,
                item.getNotes().isEmpty() ? null : item.getNotes());
    }
}
