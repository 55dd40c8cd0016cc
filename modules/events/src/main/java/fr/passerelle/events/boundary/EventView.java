package fr.passerelle.events.boundary;

import fr.passerelle.events.entity.Event;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** An event as the API shows it; {@code sessions} only in the answer about one event. */
@JsonbPropertyOrder({"id", "slug", "edition", "title", "description", "venue", "address", "startsAt", "endsAt",
        "registrationOpensAt", "registrationClosesAt", "registrationOpen", "capacity", "held", "url", "sessions"})
public record EventView(long id, String slug, String edition, String title, String description, String venue,
                        String address, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
                        boolean registrationOpen, int capacity, int held, String url, List<SessionView> sessions) {

    public static EventView of(Event e, OffsetDateTime now, List<SessionView> sessions) {
        return new EventView(e.getId(), e.getSlug(), e.getEdition(), e.getTitle(), e.getDescription(), e.getVenue(),
                e.getAddress(), e.getStartsAt(), e.getEndsAt(), e.getRegistrationOpensAt(), e.getRegistrationClosesAt(),
                e.isRegistrationOpen(now), e.getCapacity(), e.getHeld(), e.getPath(), sessions);
    }
}
