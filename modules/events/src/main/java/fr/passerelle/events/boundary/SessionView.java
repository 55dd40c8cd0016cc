package fr.passerelle.events.boundary;

import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.vocabulary.Term;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** A session as the API shows it, with its seats: capacity, held (pending and confirmed), waiting list. */
@JsonbPropertyOrder({"id", "title", "kind", "startsAt", "endsAt", "room", "track", "speakers", "themes", "audiences",
        "capacity", "held", "waitlist"})
public class SessionView {

    public final long id;
    public final String title;
    public final String kind;
    public final OffsetDateTime startsAt;
    public final OffsetDateTime endsAt;
    public final String room;
    public final String track;
    public final List<String> speakers;
    public final List<String> themes;
    public final List<String> audiences;
    public final int capacity;
    public final int held;
    public final long waitlist;

    public SessionView(long id, String title, String kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       String room, String track, List<String> speakers, List<String> themes, List<String> audiences,
                       int capacity, int held, long waitlist) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.track = track;
        this.speakers = speakers;
        this.themes = themes;
        this.audiences = audiences;
        this.capacity = capacity;
        this.held = held;
        this.waitlist = waitlist;
    }

    public static SessionView of(EventSession s, long waitlist) {
        return new SessionView(s.getId(), s.getTitle(), s.getKind().code(), s.getStartsAt(), s.getEndsAt(), s.getRoom(),
                s.getTrack(), s.getSpeakers(), s.getThemes().stream().map(Term::code).toList(),
                s.getAudiences().stream().map(Term::code).toList(), s.getCapacity(), s.getHeld(), waitlist);
    }
}
