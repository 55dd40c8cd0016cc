package fr.passerelle.events.control;

import fr.passerelle.kernel.calendar.CalendarEvent;
import fr.passerelle.kernel.calendar.ICalendar;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.mail.MailAttachment;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** iCalendar files of the module, written by the kernel's {@link ICalendar}: a programme, a registrant's sessions. */
public final class ProgrammeCalendar {

    private ProgrammeCalendar() {
    }

    /** The whole programme: the event, then each session. */
    public static String programme(Event event, Collection<EventSession> sessions, URI base, Clock clock) {
        List<CalendarEvent> entries = new ArrayList<>();
        entries.add(whole(event, base, CalendarEvent.Status.CONFIRMED));
        for (EventSession s : sessions) {
            entries.add(session(event, s, base, CalendarEvent.Status.CONFIRMED));
        }
        return ICalendar.write(event.getTitle(), entries, clock);
    }

    /** What a registrant attends, as an e-mail attachment: the event and the sessions they hold. */
    public static MailAttachment attachment(Event event, Collection<EventSession> sessions, URI base, Clock clock) {
        return ICalendar.attachment(event.getSlug() + ".ics", programme(event, sessions, base, clock));
    }

    private static CalendarEvent whole(Event event, URI base, CalendarEvent.Status status) {
        return new CalendarEvent("event-" + event.getId() + "@passerelle", event.getTitle(), event.getDescription(),
                event.getStartsAt().atZoneSameInstant(CalendarEvent.PARIS), event.getEndsAt().atZoneSameInstant(Dates.PARIS),
                location(event.getVenue(), event.getAddress()), base.resolve(event.getPath().substring(1)).toString(),
                status, 0);
    }

    private static CalendarEvent session(Event event, EventSession s, URI base, CalendarEvent.Status status) {
        String description = s.getKind().label() + (s.getSpeakers().isEmpty() ? "" : " — " + String.join(", ",
                s.getSpeakers())) + (s.getDescription().isBlank() ? "" : "\n\n" + s.getDescription());
        return new CalendarEvent("session-" + s.getId() + "@passerelle", s.getTitle(), description,
                s.getStartsAt().atZoneSameInstant(Dates.PARIS), s.getEndsAt().atZoneSameInstant(Dates.PARIS),
                location(s.getRoom(), event.getVenue() + ", " + event.getAddress()),
                base.resolve(event.getPath().substring(1) + "#session-" + s.getId()).toString(), status, 0);
    }

    private static String location(String place, String address) {
        return place.isBlank() ? address : address.isBlank() ? place : place + ", " + address;
    }
}
