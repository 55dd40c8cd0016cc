package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Readership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "suivi des actions" of an agenda: every open action of the body, late ones first, as the caller may see
 * them (reserved actions for members and the secretariat only). Planned meetings show it live; a held meeting
 * shows it as it stood that day ({@link ChangeMeetingStatus} freezes it).
 */
@ApplicationScoped
public class ActionFollowUp {

    @Inject
    ActionRepository actions;

    @Inject
    BodyDirectory directory;

    @Inject
    Clock clock;

    public List<ActionSummary> open(Body body, boolean reserved) {
        var today = ParisTime.today(clock);
        List<Action> open = actions.openOfBody(body.getId()).stream()
                .filter(a -> reserved || a.getVisibility() == Readership.PUBLIC).toList();
        List<ActionSummary> summaries = ActionSummary.of(open, body, directory.members(body), today);
        return summaries.stream().sorted((a, b) -> Boolean.compare(b.late(), a.late())).toList();
    }

    /** The frozen text of a follow-up item: one line per open action (public ones only, since it is kept). */
    public String snapshot(Body body) {
        List<ActionSummary> open = open(body, false);
        if (open.isEmpty()) {
            return "Aucune action ouverte.";
        }
        return open.stream().map(a -> "- " + a.title() + " — " + a.owner() + " — échéance le " + a.dueDateLabel()
                        + " — " + a.statusLabel() + ", " + a.progress() + " %" + (a.late() ? " (en retard)" : ""))
                .collect(Collectors.joining("\n"));
    }
}
