package fr.passerelle.events.entity;

import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The checked description of a session, from the API or a content file. */
public record SessionDetails(String title, SessionKind kind, String description, OffsetDateTime startsAt,
                             OffsetDateTime endsAt, String room, String track, List<String> speakers, int capacity,
                             Set<Theme> themes, Set<Audience> audiences) {

    public SessionDetails {
        speakers = List.copyOf(speakers);
        themes = Set.copyOf(themes);
        audiences = Set.copyOf(audiences);
    }
}
