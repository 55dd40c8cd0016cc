package fr.passerelle.kernel.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One entry of an iCalendar feed or attachment: a session of the programme, a governance meeting, a due date.
 *
 * <p>{@code uid} must stay the same for the life of the thing it describes and be unique across sites, e.g.
 * {@code evenements-session-42@passerelle}: calendar applications update the entry they already have by UID.
 * {@code sequence} must grow each time the date, time, place or status changes (0 at first), or they ignore
 * the update. {@code end} may be null (no DTEND). {@code description}, {@code location} and {@code url} may be
 * null or blank (left out); {@code url}, when given, is absolute, since the file is read far from the site.
 * A null status means {@link Status#CONFIRMED}.
 *
 * <p>An event that starts and ends at midnight in its zone, some whole days apart, is an all-day event and is
 * written with DATE values: that is what {@link #allDay} builds, and what a midnight-to-midnight event means.
 */
public record CalendarEvent(String uid, String title, String description, ZonedDateTime start, ZonedDateTime end,
                            String location, String url, CalendarEvent.Status status, int sequence) {

    /** The zone of the programme and of governance meetings, and of all-day events. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }

    public CalendarEvent {
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException("an event needs a stable UID");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("event " + uid + " has no title");
        }
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("event " + uid + " ends before it starts");
        }
        if (url != null && !url.isBlank() && !URI.create(url).isAbsolute()) {
            throw new IllegalArgumentException("event " + uid + ": the URL must be absolute, not " + url);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("event " + uid + ": negative SEQUENCE");
        }
        status = status == null ? Status.CONFIRMED : status;
    }

    /** A whole day in Paris, such as the due date of a governance action. */
    public static CalendarEvent allDay(String uid, String title, String description, LocalDate date, String url) {
        return new CalendarEvent(uid, title, description, date.atStartOfDay(PARIS),
                date.plusDays(1).atStartOfDay(PARIS), null, url, Status.CONFIRMED, 0);
    }

    public CalendarEvent withStatus(Status newStatus) {
        return new CalendarEvent(uid, title, description, start, end, location, url, newStatus, sequence);
    }

    public CalendarEvent withSequence(int newSequence) {
        return new CalendarEvent(uid, title, description, start, end, location, url, status, newSequence);
    }

    public CalendarEvent withLocation(String newLocation) {
        return new CalendarEvent(uid, title, description, start, end, newLocation, url, status, sequence);
    }

    /** True when written with DATE values (see the class comment). */
    public boolean isAllDay() {
        return end != null && end.isAfter(start) && start.toLocalTime().equals(LocalTime.MIDNIGHT)
                && end.withZoneSameInstant(start.getZone()).toLocalTime().equals(LocalTime.MIDNIGHT);
    }
}
