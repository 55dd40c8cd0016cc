package fr.passerelle.events.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Terms;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.SessionDetails;
import fr.passerelle.events.entity.SessionKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules of a session of the programme: within its event's dates, with a known kind and vocabulary. */
public final class SessionDescription {

    private SessionDescription() {
    }

    public record Raw(String title, String kind, String description, String startsAt, String endsAt, String room,
                      String track, List<String> speakers, Integer capacity, List<String> themes,
                      List<String> audiences) {
    }

    public static SessionDetails check(Raw raw, Event event) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = TextFields.line(errors, "title", raw.title(), EventDescription.TITLE_MAX);
        SessionKind kind = null;
        if (raw.kind() == null || raw.kind().isBlank()) {
            errors.add("kind", "est obligatoire (valeurs possibles : " + SessionKind.codes() + ")");
        } else {
            kind = SessionKind.fromCode(raw.kind().strip()).orElse(null);
            if (kind == null) {
                errors.add("kind", "est inconnu (valeurs possibles : " + SessionKind.codes() + ")");
            }
        }
        String description = TextFields.text(errors, "description", raw.description(), EventDescription.TEXT_MAX);
        OffsetDateTime starts = Dates.parse(errors, "startsAt", raw.startsAt());
        OffsetDateTime ends = Dates.parse(errors, "endsAt", raw.endsAt());
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add("endsAt", "doit être postérieure au début de la session");
        }
        if (starts != null && ends != null && (starts.isBefore(event.getStartsAt()) || ends.isAfter(event.getEndsAt()))) {
            errors.add("startsAt", "la session doit se tenir pendant l'événement (" + Dates.span(event.getStartsAt(),
                    event.getEndsAt()) + ")");
        }
        String room = raw.room() == null ? "" : TextFields.text(errors, "room", raw.room(), 200);
        String track = raw.track() == null ? "" : TextFields.text(errors, "track", raw.track(), 200);
        List<String> speakers = new ArrayList<>();
        for (String s : raw.speakers() == null ? List.<String>of() : raw.speakers()) {
            String speaker = TextFields.line(errors, "speakers", s, 200);
            if (speaker != null) {
                speakers.add(speaker);
            }
        }
        if (speakers.size() > 20) {
            errors.add("speakers", "20 intervenants au plus");
        }
        int capacity = EventDescription.capacity(errors, "capacity", raw.capacity());
        Set<Theme> themes = Terms.fromCodes(errors, "themes", "thème", raw.themes(), Theme.class);
        Set<Audience> audiences = Terms.fromCodes(errors, "audiences", "public", raw.audiences(), Audience.class);
        errors.throwIfAny();
        return new SessionDetails(title, kind, description, starts, ends, room, track, speakers, capacity, themes,
                audiences);
    }
}
