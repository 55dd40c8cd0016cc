package fr.passerelle.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.mail.MailAttachment;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.Configurator;
import org.junit.jupiter.api.Test;

/** Writes with {@link ICalendar}, then reads back with ical4j's parser, as a calendar application would. */
class ICalendarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-09-01T10:15:30.123Z"), ZoneOffset.UTC);
    private static final ZonedDateTime SESSION = ZonedDateTime.of(2018, 9, 13, 9, 30, 0, 0, CalendarEvent.PARIS);

    private static CalendarEvent session() {
        return new CalendarEvent("nec-2018-ouverture@passerelle", "Séance d'ouverture", "Accueil des participants.",
                SESSION, SESSION.plusMinutes(90), "Cité des Congrès de Nantes",
                "https://passerelle.example/evenements/nec-2018", CalendarEvent.Status.CONFIRMED, 3);
    }

    @Test
    void aParisSessionIsWrittenInParisTimeWithItsTimeZone() throws Exception {
        String text = ICalendar.write("Numérique en Commun[s] 2018", List.of(session()), CLOCK);
        assertTrue(text.contains("\r\nDTSTART;TZID=Europe/Paris:20180913T093000\r\n"), text);
        assertTrue(text.contains("\r\nDTEND;TZID=Europe/Paris:20180913T110000\r\n"), text);

        Calendar calendar = parse(text);
        VEvent event = onlyEvent(calendar);
        assertEquals(Instant.parse("2018-09-13T07:30:00Z"), instant(event, Property.DTSTART));
        assertEquals(Instant.parse("2018-09-13T09:00:00Z"), instant(event, Property.DTEND));
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
        assertEquals("Europe/Paris", value(calendar.getComponents(Component.VTIMEZONE).get(0), Property.TZID));
    }

    @Test
    void everyFieldReadsBack() throws Exception {
        Calendar calendar = parse(ICalendar.write("Numérique en Commun[s] 2018", List.of(session()), CLOCK));
        assertEquals("-//Passerelle//FR", value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        assertEquals("Numérique en Commun[s] 2018", value(calendar, "X-WR-CALNAME"));
        VEvent event = onlyEvent(calendar);
        assertEquals("nec-2018-ouverture@passerelle", value(event, Property.UID));
        assertEquals("20180901T101530Z", value(event, Property.DTSTAMP), "the clock's time, in UTC, to the second");
        assertEquals("Séance d'ouverture", value(event, Property.SUMMARY));
        assertEquals("Accueil des participants.", value(event, Property.DESCRIPTION));
        assertEquals("Cité des Congrès de Nantes", value(event, Property.LOCATION));
        assertEquals("https://passerelle.example/evenements/nec-2018", value(event, Property.URL));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("3", value(event, Property.SEQUENCE));
        calendar.validate();
    }

    @Test
    void theUidAndTheContentStayTheSameFromOneWriteToTheNext() {
        assertEquals(ICalendar.write("Programme", List.of(session()), CLOCK),
                ICalendar.write("Programme", List.of(session()), CLOCK));
    }

    @Test
    void linesEndWithCrlfAndFoldAt75OctetsWithoutBreakingACharacter() throws Exception {
        String description = "Atelier « Repérer et accompagner les publics éloignés du numérique » : présentation "
                + "des outils, échanges entre médiateurs, élus et agents d'accueil ; café offert ☕ 🎉 — "
                + "œuvrer ensemble à l'inclusion numérique, à Nantes, à Hérouville-Saint-Clair et ailleurs. 🇫🇷👩🏽‍💻";
        CalendarEvent event = session().withLocation("Salle « Été », 2ᵉ étage");
        event = new CalendarEvent(event.uid(), event.title(), description, event.start(), event.end(), event.location(),
                event.url(), event.status(), event.sequence());
        String text = ICalendar.write("Programme", List.of(event), CLOCK);

        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "a bare LF");
        assertFalse(text.replace("\r\n", "").contains("\r"), "a bare CR");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int folded = 0;
        int lineStart = 0;
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertTrue(i - lineStart <= 75, "a line of " + (i - lineStart) + " octets");
                // Each physical line on its own must be whole UTF-8: no character cut in two by a fold.
                strictUtf8(bytes, lineStart, i);
                lineStart = i + 2;
                folded += lineStart < bytes.length && bytes[lineStart] == ' ' ? 1 : 0;
            }
        }
        assertTrue(folded >= 4, "the description is folded: " + folded);
        assertEquals(description, value(onlyEvent(parse(text)), Property.DESCRIPTION));
    }

    @Test
    void textIsEscaped() throws Exception {
        String title = "Bilan, perspectives; et \\ le reste";
        String description = "Première ligne,\nseconde ligne;\r\ntroisième\\fin\rquatrième\u0007";
        CalendarEvent event = new CalendarEvent("gouv-reunion-7@passerelle", title, description, SESSION,
                SESSION.plusHours(2), "Paris, salle 3; aile B", null, null, 0);
        String text = ICalendar.write("Instance; nationale, réunions", List.of(event), CLOCK);
        assertTrue(text.contains("SUMMARY:Bilan\\, perspectives\\; et \\\\ le reste\r\n"), text);
        assertTrue(text.contains("DESCRIPTION:Première ligne\\,\\nseconde ligne\\;\\ntroisième\\\\fin\\nquatrième\r\n"),
                text);
        assertTrue(text.contains("X-WR-CALNAME:Instance\\; nationale\\, réunions\r\n"), text);

        Calendar calendar = parse(text);
        VEvent read = onlyEvent(calendar);
        assertEquals(title, value(read, Property.SUMMARY));
        assertEquals("Première ligne,\nseconde ligne;\ntroisième\\fin\nquatrième", value(read, Property.DESCRIPTION));
        assertEquals("Paris, salle 3; aile B", value(read, Property.LOCATION));
        assertEquals("Instance; nationale, réunions", value(calendar, "X-WR-CALNAME"));
        assertTrue(read.getProperty(Property.URL).isEmpty(), "no URL given, none written");
    }

    @Test
    void anEmptyCalendarIsStillAValidCalendar() throws Exception {
        String text = ICalendar.write("Réunions à venir", List.of(), CLOCK);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"), text);
        Calendar calendar = parse(text);
        assertTrue(calendar.getComponents(Component.VEVENT).isEmpty());
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size(), "RFC 5545 wants one component at least");
        calendar.validate();
    }

    @Test
    void aCancelledEventSaysSoWithAHigherSequence() throws Exception {
        CalendarEvent cancelled = session().withStatus(CalendarEvent.Status.CANCELLED).withSequence(4);
        VEvent event = onlyEvent(parse(ICalendar.write("Programme", List.of(cancelled), CLOCK)));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("4", value(event, Property.SEQUENCE));
        assertEquals("nec-2018-ouverture@passerelle", value(event, Property.UID), "the same UID, so it replaces");
        assertEquals("TENTATIVE", value(onlyEvent(parse(ICalendar.write("Programme",
                List.of(session().withStatus(CalendarEvent.Status.TENTATIVE)), CLOCK))), Property.STATUS));
        assertEquals(CalendarEvent.Status.CONFIRMED, session().withStatus(null).status(), "no status: confirmed");
    }

    @Test
    void aDueDateIsAnAllDayEvent() throws Exception {
        CalendarEvent due = CalendarEvent.allDay("gouv-action-12@passerelle", "Échéance : rapport d'étape",
                "Remettre le rapport.", LocalDate.of(2018, 10, 31), "https://passerelle.example/gouvernance/actions/12");
        assertTrue(due.isAllDay());
        assertFalse(session().isAllDay());
        String text = ICalendar.write("Actions", List.of(due), CLOCK);
        assertTrue(text.contains("\r\nDTSTART;VALUE=DATE:20181031\r\n"), text);
        assertTrue(text.contains("\r\nDTEND;VALUE=DATE:20181101\r\n"), text);
        VEvent event = onlyEvent(parse(text));
        DateProperty<?> start = event.getRequiredProperty(Property.DTSTART);
        assertEquals(LocalDate.of(2018, 10, 31), start.getDate());
        assertTrue(event.getProperty(Property.LOCATION).isEmpty());
    }

    @Test
    void otherZonesGetTheirOwnTimeZoneAndBareOffsetsAreWrittenInUtc() throws Exception {
        ZonedDateTime pointeAPitre = ZonedDateTime.of(2019, 4, 4, 9, 0, 0, 0, ZoneId.of("America/Guadeloupe"));
        ZonedDateTime offset = ZonedDateTime.of(2019, 4, 5, 9, 0, 0, 0, ZoneOffset.ofHours(2));
        String text = ICalendar.write("Programme", List.of(
                new CalendarEvent("a@passerelle", "Guadeloupe", null, pointeAPitre, pointeAPitre.plusHours(1), null, null,
                        null, 0),
                new CalendarEvent("b@passerelle", "Décalage", null, offset, null, null, null, null, 0),
                session()), CLOCK);
        // ical4j files Guadeloupe's clock under America/Puerto_Rico (a tz link): the TZID must name a VTIMEZONE.
        assertTrue(text.contains("\r\nDTSTART;TZID=America/Puerto_Rico:20190404T090000\r\n"), text);
        assertTrue(text.contains("\r\nDTSTART:20190405T070000Z\r\n"), text);
        Calendar calendar = parse(text);
        assertEquals(List.of("Europe/Paris", "America/Puerto_Rico"), calendar.getComponents(Component.VTIMEZONE)
                .stream().map(zone -> value(zone, Property.TZID)).toList());
        VEvent guadeloupe = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals(Instant.parse("2019-04-04T13:00:00Z"), instant(guadeloupe, Property.DTSTART));
        assertTrue(calendar.<VEvent>getComponents(Component.VEVENT).get(1).getProperty(Property.DTEND).isEmpty());
    }

    @Test
    void badEventsAreRefusedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarEvent(" ", "t", null, SESSION, null, null, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new CalendarEvent("u", "", null, SESSION, null, null, null, null, 0));
        assertThrows(NullPointerException.class, () -> new CalendarEvent("u", "t", null, null, null, null, null, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarEvent("u", "t", null, SESSION, SESSION.minusHours(1), null, null, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarEvent("u", "t", null, SESSION, null, null, "/evenements/nec", null, 0));
        assertThrows(IllegalArgumentException.class, () -> session().withSequence(-1));
    }

    @Test
    void timeZonesNeverComeFromTheNetwork() {
        // Read from the kernel's ical4j.properties: the bundled definitions are used as they are.
        assertEquals("false", Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse(""));
        assertEquals("net.fortuna.ical4j.util.MapTimeZoneCache",
                Configurator.getProperty("net.fortuna.ical4j.timezone.cache.impl").orElse(""));
    }

    @Test
    void aJaxRsAnswerAndAMailAttachmentCarryTheRightTypes() {
        String text = ICalendar.write("Programme", List.of(session()), CLOCK);
        Response response = CalendarResponse.of("nec-2018.ics", text);
        assertEquals(200, response.getStatus());
        assertEquals("text/calendar; charset=UTF-8", ICalendar.MEDIA_TYPE);
        assertEquals("text/calendar;charset=UTF-8", response.getMediaType().toString().replace(" ", ""));
        assertEquals("attachment; filename=\"nec-2018.ics\"", response.getHeaderString("Content-Disposition"));
        assertEquals(text, response.getEntity());
        assertEquals("attachment; filename=\"r-union-du-13-09.ics\"",
                CalendarResponse.of("réunion du 13/09", text).getHeaderString("Content-Disposition"));
        assertEquals("calendrier.ics", CalendarResponse.fileName("\"\r\n"));

        MailAttachment attachment = ICalendar.attachment("seance.ics", text);
        assertEquals("seance.ics", attachment.getFilename());
        assertEquals("text/calendar; charset=UTF-8; method=PUBLISH", attachment.getContentType());
        assertEquals(text, new String(attachment.content(), StandardCharsets.UTF_8));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getRequiredProperty(property).getValue();
    }

    private static String value(Component component, String property) {
        return component.getRequiredProperty(property).getValue();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<?> date = event.getRequiredProperty(property);
        Temporal temporal = date.getDate();
        return Instant.from(temporal);
    }

    private static void strictUtf8(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a fold cuts a character in the line at octet " + from, e);
        }
    }
}
