package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The secretariat schedules a meeting. Its agenda is drafted at once with the follow-up item: every
 * meeting reviews the body's open and late actions, so nobody has to remember to put them on the agenda.
 */
@ApplicationScoped
public class ScheduleMeeting {

    public static final String FOLLOW_UP_PRESENTER = "Secrétariat";

    @Inject
    MeetingRepository meetings;

    @Inject
    Clock clock;

    @Transactional
    public Meeting schedule(Body body, MeetingDraft draft) {
        return schedule(body, null, draft);
    }

    /** @param slug set by the content import only, so that it finds the meeting again */
    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting schedule(Body body, String slug, MeetingDraft draft) {
        Meeting meeting = new Meeting(body.getId(), slug, ParisTime.now(clock));
        meeting.schedule(draft.title(), draft.startsAt(), draft.endsAt(), draft.location(), draft.videoUrl(),
                draft.documentsVisibility(), ParisTime.now(clock));
        meetings.add(meeting);
        meetings.add(new AgendaItem(meeting.getId(), 1, AgendaItem.FOLLOW_UP_TITLE, FOLLOW_UP_PRESENTER,
                Outcome.INFORMATION, AgendaItem.FOLLOW_UP));
        return meeting;
    }
}
