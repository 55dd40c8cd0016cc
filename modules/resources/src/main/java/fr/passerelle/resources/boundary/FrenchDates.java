package fr.passerelle.resources.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French readers expect them, in metropolitan time: "13 septembre 2018", "13 septembre 2018 à 14 h 05". */
final class FrenchDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H 'h' mm", Locale.FRENCH);

    private FrenchDates() {
    }

    static String day(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(PARIS));
    }

    static String minute(OffsetDateTime at) {
        return at == null ? "" : MINUTE.format(at.atZoneSameInstant(PARIS));
    }

    /** ISO 8601, for {@code <time datetime>}. */
    static String iso(OffsetDateTime at) {
        return at == null ? "" : at.toString();
    }
}
