package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The secretariat marks a meeting held or cancelled. When it is held, its follow-up item keeps the open actions
 * as they stood (public ones), so that the agenda of a past meeting does not change with later updates.
 */
@ApplicationScoped
public class ChangeMeetingStatus {

    @Inject
    MeetingRepository meetings;

    @Inject
    ActionFollowUp followUp;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting change(Body body, Meeting meeting, String status) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        MeetingStatus target = InputRules.term(errors, "status", status, MeetingStatus.class, null);
        errors.throwIfAny();
        if (meeting.getStatus() != MeetingStatus.PLANIFIEE && target != meeting.getStatus()) {
            throw new Conflict("Cette réunion est « " + meeting.getStatus().label() + " » : son statut ne change plus.");
        }
        if (target == MeetingStatus.TENUE && meeting.getStatus() == MeetingStatus.PLANIFIEE) {
            String snapshot = followUp.snapshot(body);
            meetings.agenda(meeting.getId()).stream().filter(AgendaItem::isFollowUp).forEach(i -> i.freeze(snapshot));
        }
        meeting.changeStatus(target, ParisTime.now(clock));
        return meeting;
    }
}
