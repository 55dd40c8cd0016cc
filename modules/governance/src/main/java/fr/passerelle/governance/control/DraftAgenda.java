package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Outcome;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The secretariat adds an item to the agenda of a planned meeting, after those already there. */
@ApplicationScoped
public class DraftAgenda {

    public static final int TITLE_MAX = 300;
    public static final int PRESENTER_MAX = 200;
    static final int ITEMS_MAX = 40;

    @Inject
    MeetingRepository meetings;

    @Transactional(Transactional.TxType.MANDATORY)
    public AgendaItem add(Meeting meeting, String title, String presenter, String outcome) {
        if (meeting.getStatus() != MeetingStatus.PLANIFIEE) {
            throw new Conflict("L'ordre du jour d'une réunion « " + meeting.getStatus().label() + " » ne change plus.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.line(errors, "title", title, TITLE_MAX);
        String p = TextFields.line(errors, "presenter", presenter, PRESENTER_MAX);
        Outcome o = InputRules.term(errors, "outcome", outcome, Outcome.class, null);
        errors.throwIfAny();
        int position = meetings.nextPosition(meeting.getId());
        if (position > ITEMS_MAX) {
            throw new Conflict("Un ordre du jour compte au plus " + ITEMS_MAX + " points.");
        }
        AgendaItem item = new AgendaItem(meeting.getId(), position, t, p, o, AgendaItem.POINT);
        meetings.add(item);
        return item;
    }
}
