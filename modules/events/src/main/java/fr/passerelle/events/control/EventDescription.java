package fr.passerelle.events.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.events.entity.EventDetails;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The rules every description of an event must follow, whether it comes from the API or a content file. */
public final class EventDescription {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;
    public static final int CAPACITY_MAX = 1_000_000;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{1,255}");

    private EventDescription() {
    }

    /** Raw values, as a client or an author wrote them. */
    public record Raw(String edition, String title, String description, String venue, String address, String startsAt,
                      String endsAt, String registrationOpensAt, String registrationClosesAt, Integer capacity,
                      List<String> organisers) {
    }

    public static EventDetails check(Raw raw) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = TextFields.line(errors, "title", raw.title(), TITLE_MAX);
        String edition = raw.edition() == null || raw.edition().isBlank() ? ""
                : TextFields.line(errors, "edition", raw.edition(), 60);
        String description = TextFields.text(errors, "description", raw.description(), TEXT_MAX);
        String venue = TextFields.line(errors, "venue", raw.venue(), TITLE_MAX);
        String address = raw.address() == null ? "" : TextFields.text(errors, "address", raw.address(), 500);
        OffsetDateTime starts = Dates.parse(errors, "startsAt", raw.startsAt());
        OffsetDateTime ends = Dates.parse(errors, "endsAt", raw.endsAt());
        OffsetDateTime opens = Dates.parse(errors, "registrationOpensAt", raw.registrationOpensAt());
        OffsetDateTime closes = Dates.parse(errors, "registrationClosesAt", raw.registrationClosesAt());
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add("endsAt", "doit être postérieure au début de l'événement");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("registrationClosesAt", "doit être postérieure à l'ouverture des inscriptions");
        }
        if (closes != null && ends != null && closes.isAfter(ends)) {
            errors.add("registrationClosesAt", "ne peut pas être postérieure à la fin de l'événement");
        }
        int capacity = capacity(errors, "capacity", raw.capacity());
        List<String> organisers = new ArrayList<>(new LinkedHashSet<>(raw.organisers() == null ? List.of()
                : raw.organisers().stream().map(u -> u == null ? "" : u.strip()).toList()));
        for (String username : organisers) {
            if (!USERNAME.matcher(username).matches()) {
                errors.add("organisers", "contient un identifiant de compte invalide : « " + username + " »");
            }
        }
        errors.throwIfAny();
        return new EventDetails(edition.isEmpty() ? String.valueOf(starts.atZoneSameInstant(Dates.PARIS).getYear())
                : edition, title, description, venue, address, starts, ends, opens, closes, capacity, organisers);
    }

    static int capacity(InvalidInput.Collector errors, String field, Integer capacity) {
        if (capacity == null) {
            errors.add(field, "est obligatoire (nombre de places)");
            return 0;
        }
        if (capacity < 0 || capacity > CAPACITY_MAX) {
            errors.add(field, "doit être un nombre entier entre 0 et " + CAPACITY_MAX);
        }
        return capacity;
    }
}
