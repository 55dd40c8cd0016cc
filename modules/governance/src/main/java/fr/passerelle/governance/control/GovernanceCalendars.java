package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.calendar.CalendarEvent;
import fr.passerelle.kernel.calendar.ICalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Governance in iCalendar: a body's meetings for everyone (place and agenda, never the video link), and a
 * member's personal feed, which adds the link and the due dates of the actions they own or contribute to.
 */
@ApplicationScoped
public class GovernanceCalendars {

    @Inject
    MeetingRepository meetings;

    @Inject
    ActionRepository actions;

    @Inject
    Clock clock;

    /** @param site the site's address without a trailing slash, for absolute links */
    public String bodyFeed(Body body, String site) {
        List<CalendarEvent> events = meetings.ofBody(body.getId()).stream()
                .map(m -> meeting(body, m, site, false)).toList();
        return ICalendar.write("Réunions — " + body.getName(), events, clock);
    }

    public String personalFeed(Body body, Member member, String site) {
        List<CalendarEvent> events = new ArrayList<>();
        meetings.ofBody(body.getId()).forEach(m -> events.add(meeting(body, m, site, true)));
        for (Action a : actions.ofMembers(List.of(member.getId()))) {
            if (!a.getStatus().isClosed()) {
                events.add(CalendarEvent.allDay("gouvernance-action-" + a.getId() + "@passerelle",
                        "Échéance : " + a.getTitle(), body.getName() + " — " + a.getStatus().label() + ", "
                                + a.getProgress() + " %", a.getDueDate(), site + a.path(body.getSlug())));
            }
        }
        return ICalendar.write(body.getName() + " — " + member.getName(), events, clock);
    }

    private CalendarEvent meeting(Body body, Meeting m, String site, boolean member) {
        String agenda = meetings.agenda(m.getId()).stream().map(AgendaItem::getTitle)
                .collect(Collectors.joining("\n- ", "Ordre du jour :\n- ", ""));
        String description = body.getName() + "\n\n" + agenda
                + (member && m.getVideoUrl() != null ? "\n\nVisioconférence : " + m.getVideoUrl() : "");
        CalendarEvent.Status status = m.getStatus() == MeetingStatus.ANNULEE ? CalendarEvent.Status.CANCELLED
                : CalendarEvent.Status.CONFIRMED;
        return new CalendarEvent("gouvernance-reunion-" + m.getId() + "@passerelle", m.getTitle(), description,
                m.getStartsAt().atZoneSameInstant(CalendarEvent.PARIS), m.getEndsAt().atZoneSameInstant(CalendarEvent.PARIS),
                m.getLocation(), site + m.path(body.getSlug()), status, m.getSequence());
    }
}
