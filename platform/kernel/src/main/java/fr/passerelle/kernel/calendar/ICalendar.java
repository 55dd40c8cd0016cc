package fr.passerelle.kernel.calendar;

import fr.passerelle.kernel.mail.MailAttachment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar (RFC 5545) files: the programme of an event ({@code /evenements/{slug}.ics}), a governance
 * body's meetings, an e-mail attachment. ical4j builds the model, escapes text ({@code , ; \} and new lines)
 * and supplies the VTIMEZONE of each zone used (Europe/Paris always) from the definitions bundled in its jar:
 * time zone updates are off in {@code ical4j.properties}, so nothing is fetched from the network. Times are
 * written in their own zone with a TZID (Europe/Paris for everything Passerelle schedules), times with a bare
 * offset in UTC, all-day events as DATE values. {@link ContentLines} folds the lines at 75 octets.
 *
 * <p>The calendar carries METHOD:PUBLISH (a published schedule, not an invitation to answer), so clients
 * offer to add or update the entries, and a CANCELLED entry removes the one they hold with the same UID.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    /** For an e-mail attachment: RFC 6047 wants the body's METHOD repeated in the media type. */
    public static final String MAIL_MEDIA_TYPE = MEDIA_TYPE + "; method=PUBLISH";
    public static final String PRODID = "-//Passerelle//FR";

    private ICalendar() {
    }

    /** The calendar, stamped (DTSTAMP) now. */
    public static String write(String calendarName, Collection<CalendarEvent> events) {
        return write(calendarName, events, Clock.systemUTC());
    }

    /** The calendar, stamped by the given clock: pass the injected {@link Clock} from a use case. */
    public static String write(String calendarName, Collection<CalendarEvent> events, Clock clock) {
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        // Paris always: it is the zone of nearly every entry, and it gives even an empty calendar the one
        // component RFC 5545 requires.
        writtenZone(CalendarEvent.PARIS, zones);
        List<VEvent> entries = new ArrayList<>(events.size());
        for (CalendarEvent event : events) {
            entries.add(entry(event, stamp, zones));
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // X-WR-CALNAME is what Apple, Google and Thunderbird show as the name of a subscribed calendar.
        calendar.add(new XProperty("X-WR-CALNAME", present(calendarName) ? line(calendarName) : "Passerelle"));
        zones.values().forEach(calendar::add);
        entries.forEach(calendar::add);
        return ContentLines.fold(calendar.toString());
    }

    /** The file as an e-mail attachment, for {@code MailMessage.withAttachment}. */
    public static MailAttachment attachment(String fileName, String calendarText) {
        return new MailAttachment(CalendarResponse.fileName(fileName), MAIL_MEDIA_TYPE,
                calendarText.getBytes(StandardCharsets.UTF_8));
    }

    private static VEvent entry(CalendarEvent event, Instant stamp, Map<String, VTimeZone> zones) {
        VEvent entry = new VEvent(false);
        entry.add(new Uid(event.uid()));
        entry.add(new DtStamp(stamp));
        if (event.isAllDay()) {
            entry.add(new DtStart<>(event.start().toLocalDate()));
            entry.add(new DtEnd<>(event.end().withZoneSameInstant(event.start().getZone()).toLocalDate()));
        } else {
            ZoneId zone = writtenZone(event.start().getZone(), zones);
            entry.add(new DtStart<>(temporal(event.start(), zone)));
            if (event.end() != null) {
                entry.add(new DtEnd<>(temporal(event.end(), zone)));
            }
        }
        entry.add(new Summary(line(event.title())));
        if (present(event.description())) {
            entry.add(new Description(text(event.description())));
        }
        if (present(event.location())) {
            entry.add(new Location(line(event.location())));
        }
        if (present(event.url())) {
            entry.add(new Url(URI.create(event.url().strip())));
        }
        entry.add(switch (event.status()) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        entry.add(new Sequence(event.sequence()));
        return entry;
    }

    /**
     * The zone a time is written in: its own when it is a named zone that ical4j has a definition for (that
     * VTIMEZONE is then added once), otherwise UTC, since a bare offset has no VTIMEZONE to refer to. ical4j
     * files some zones under the zone they are a link to (America/Guadeloupe under America/Puerto_Rico, the
     * same clock): the time is then written in that zone, so that its TZID names a VTIMEZONE of the file.
     */
    private static ZoneId writtenZone(ZoneId zone, Map<String, VTimeZone> zones) {
        if (zone instanceof ZoneOffset) {
            return ZoneOffset.UTC;
        }
        TimeZone definition = Registry.INSTANCE.getTimeZone(zone.getId());
        if (definition == null) {
            return ZoneOffset.UTC;
        }
        ZoneId written;
        try {
            written = ZoneId.of(definition.getID());
        } catch (DateTimeException unknownToJava) {
            return ZoneOffset.UTC;
        }
        zones.computeIfAbsent(definition.getID(), id -> definition.getVTimeZone());
        return written;
    }

    private static Temporal temporal(ZonedDateTime time, ZoneId zone) {
        ZonedDateTime written = time.withZoneSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
        return zone.equals(ZoneOffset.UTC) ? written.toInstant() : written;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A one-line text value (title, place): line breaks become spaces. */
    private static String line(String value) {
        return text(value).replace('\n', ' ');
    }

    /**
     * Text as iCalendar allows it: line breaks as LF (ical4j writes them as {@code \n}), no other control
     * character (RFC 5545 forbids them in TEXT; a stray CR would end the content line).
     */
    private static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    }

    /** One registry for the application: it caches the definitions it has read from ical4j's jar. */
    private static final class Registry {
        static final TimeZoneRegistry INSTANCE = TimeZoneRegistryFactory.getInstance().createRegistry();
    }
}
