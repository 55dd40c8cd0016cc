package fr.passerelle.events.boundary;

import fr.passerelle.events.entity.Event;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** An event as the API shows it; {@code sessions} only in the answer about one event. */
@JsonbPropertyOrder({"id", "slug", "edition", "title", "description", "venue", "address", "startsAt", "endsAt",
        "registrationOpensAt", "registrationClosesAt", "registrationOpen", "capacity", "held", "url", "sessions"})
public class EventView {

    public final long id;
    public final String slug;
    public final String edition;
    public final String title;
    public final String description;
    public final String venue;
    public final String address;
    public final OffsetDateTime startsAt;
    public final OffsetDateTime endsAt;
    public final OffsetDateTime registrationOpensAt;
    public final OffsetDateTime registrationClosesAt;
    public final boolean registrationOpen;
    public final int capacity;
    public final int held;
    public final String url;
    public final List<SessionView> sessions;

    public EventView(long id, String slug, String edition, String title, String description, String venue,
                     String address, OffsetDateTime startsAt, OffsetDateTime endsAt,
                     OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                     boolean registrationOpen, int capacity, int held, String url, List<SessionView> sessions) {
        this.id = id;
        this.slug = slug;
        this.edition = edition;
        this.title = title;
        this.description = description;
        this.venue = venue;
        this.address = address;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.registrationOpensAt = registrationOpensAt;
        this.registrationClosesAt = registrationClosesAt;
        this.registrationOpen = registrationOpen;
        this.capacity = capacity;
        this.held = held;
        this.url = url;
        this.sessions = sessions;
    }

    public static EventView of(Event e, OffsetDateTime now, List<SessionView> sessions) {
        return new EventView(e.getId(), e.getSlug(), e.getEdition(), e.getTitle(), e.getDescription(), e.getVenue(),
                e.getAddress(), e.getStartsAt(), e.getEndsAt(), e.getRegistrationOpensAt(), e.getRegistrationClosesAt(),
                e.isRegistrationOpen(now), e.getCapacity(), e.getHeld(), e.getPath(), sessions);
    }
}
