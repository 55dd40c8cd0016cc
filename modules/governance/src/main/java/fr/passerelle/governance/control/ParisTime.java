package fr.passerelle.governance.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Governance lives in Europe/Paris: "today", due dates and meeting times are read there. */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    private ParisTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** "12 mars 2026". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "jeudi 12 mars 2026 à 14h30", in Paris time. */
    public static String dateTime(OffsetDateTime at) {
        return at == null ? "" : DATE_TIME.format(at.atZoneSameInstant(ZONE));
    }

    /** The date of an instant in Paris. */
    public static LocalDate dateOf(OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalDate();
    }
}
