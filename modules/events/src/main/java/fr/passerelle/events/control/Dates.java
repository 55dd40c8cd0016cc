package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.InvalidInput;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates of the module: read as ISO 8601 (with an offset, or local times in Europe/Paris), shown in French. */
public final class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    private Dates() {
    }

    /** A required date-time; null (with the error collected) when missing or malformed. */
    public static OffsetDateTime parse(InvalidInput.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "est obligatoire (date et heure ISO 8601, par exemple 2027-10-14T09:30:00+02:00)");
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v).atZone(PARIS).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.add(field, "n'est pas une date et heure ISO 8601 (par exemple 2027-10-14T09:30:00+02:00)");
                return null;
            }
        }
    }

    /** "jeudi 13 septembre 2018" */
    public static String day(OffsetDateTime at) {
        return DAY.format(at.atZoneSameInstant(PARIS));
    }

    /** "9 h 30" */
    public static String time(OffsetDateTime at) {
        return TIME.format(at.atZoneSameInstant(PARIS));
    }

    /** "jeudi 13 septembre 2018 à 9 h 30" */
    public static String dayAndTime(OffsetDateTime at) {
        return day(at) + " à " + time(at);
    }

    /** "du jeudi 13 au vendredi 14 septembre 2018", or one day. */
    public static String span(OffsetDateTime from, OffsetDateTime to) {
        var a = from.atZoneSameInstant(PARIS).toLocalDate();
        var b = to.atZoneSameInstant(PARIS).toLocalDate();
        if (a.equals(b)) {
            return "le " + day(from);
        }
        return "du " + day(from) + " au " + day(to);
    }
}
