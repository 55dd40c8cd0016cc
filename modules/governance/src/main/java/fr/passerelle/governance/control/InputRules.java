package fr.passerelle.governance.control;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Term;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** The checks governance input shares (API, forms, content files alike); messages are French. */
public final class InputRules {

    /** Dates before this are typing mistakes (a due date in 1900), not plans. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final int URL_MAX = 2000;

    private InputRules() {
    }

    /** A required date {@code AAAA-MM-JJ} between 2000 and 2100. */
    public static LocalDate date(InvalidInput.Collector errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(field, "est obligatoire (date au format AAAA-MM-JJ)");
            return null;
        }
        return optionalDate(errors, field, raw);
    }

    public static LocalDate optionalDate(InvalidInput.Collector errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(raw.strip());
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                errors.add(field, "doit être comprise entre 2000 et 2100");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(field, "doit être une date au format AAAA-MM-JJ");
            return null;
        }
    }

    /**
     * A date and time: ISO 8601 with an offset ({@code 2026-03-12T14:00:00+01:00}), or without one, then read
     * in Europe/Paris ({@code 2026-03-12T14:00}, what an HTML date-time field sends).
     */
    public static OffsetDateTime dateTime(InvalidInput.Collector errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            errors.add(field, "est obligatoire (date et heure ISO 8601, par exemple 2026-03-12T14:00:00+01:00)");
            return null;
        }
        String v = raw.strip();
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(v);
        } catch (DateTimeParseException withoutOffset) {
            try {
                at = java.time.LocalDateTime.parse(v).atZone(ParisTime.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                errors.add(field, "doit être une date et une heure ISO 8601, par exemple 2026-03-12T14:00:00+01:00");
                return null;
            }
        }
        LocalDate day = at.toLocalDate();
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            errors.add(field, "doit être comprise entre 2000 et 2100");
            return null;
        }
        return at;
    }

    /** A value of a coded vocabulary; {@code fallback} when absent (null means required). */
    public static <T extends Enum<T> & Term> T term(InvalidInput.Collector errors, String field, String raw, Class<T> type,
                                                   T fallback) {
        if (raw == null || raw.isBlank()) {
            if (fallback == null) {
                errors.add(field, "est obligatoire (valeurs possibles : " + Term.codes(type) + ")");
            }
            return fallback;
        }
        Optional<T> found = Term.fromCode(type, raw.strip().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            errors.add(field, "est inconnu (valeurs possibles : " + Term.codes(type) + ")");
            return fallback;
        }
        return found.get();
    }

    /** An optional link: absolute, http or https only (no {@code javascript:}, no {@code data:}). */
    public static String webLink(InvalidInput.Collector errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.length() > URL_MAX || v.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            errors.add(field, "doit être une adresse web sans espace de " + URL_MAX + " caractères au plus");
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(field, "doit être une adresse web commençant par https:// ou http://");
                return null;
            }
            return v;
        } catch (URISyntaxException e) {
            errors.add(field, "n'est pas une adresse web valide");
            return null;
        }
    }

    /** An optional whole number within bounds. */
    public static Integer number(InvalidInput.Collector errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(field, "doit être un nombre entier entre " + min + " et " + max);
            return null;
        }
        return value;
    }

    /** An id in a path or a field: digits only, else nothing is found (404 rather than 400 for paths). */
    public static Optional<Long> id(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 18 || !raw.strip().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(raw.strip()));
    }
}
