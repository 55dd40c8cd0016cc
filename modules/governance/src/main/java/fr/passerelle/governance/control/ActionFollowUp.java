package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Readership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The "suivi des actions" of an agenda: every open action of the body, late ones first, as the caller may see
 * them (reserved actions for members and the secretariat only). Planned meetings show it live; a held meeting
 * shows it as it stood that day ({@link ChangeMeetingStatus} freezes it).
 */
@ApplicationScoped
public class ActionFollowUp {

    /** The notes column, in UTF-16 units as H2 counts them (String.length), with room to spare. */
    static final int NOTES_MAX = 19_000;

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
        return snapshot(open(body, false));
    }

    /**
     * One line per action, late ones first as given, cut with a count of those left out so that it always fits the
     * item's notes (a body with a hundred long-titled open actions used to make "mark as held" fail).
     */
    static String snapshot(List<ActionSummary> open) {
        if (open.isEmpty()) {
            return "Aucune action ouverte.";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < open.size(); i++) {
            ActionSummary a = open.get(i);
            String line = "- " + a.title() + " — " + a.owner() + " — échéance le " + a.dueDateLabel() + " — "
                    + a.statusLabel() + ", " + a.progress() + " %" + (a.late() ? " (en retard)" : "");
            int left = open.size() - i - 1;
            String more = "\n… et " + (left == 0 ? "1 autre action ouverte" : (left + 1) + " autres actions ouvertes")
                    + ", à voir sur la page de l'instance.";
            if (text.length() + 1 + line.length() + (left > 0 ? more.length() : 0) > NOTES_MAX) {
                return text.append(more.substring(text.isEmpty() ? 1 : 0)).toString();
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        return text.toString();
    }
}
