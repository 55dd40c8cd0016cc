package fr.passerelle.events.entity;

import java.time.OffsetDateTime;
import java.util.List;

/** The checked description of an event, from the API or a content file. */
public record EventDetails(String edition, String title, String description, String venue, String address,
                           OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime registrationOpensAt,
                           OffsetDateTime registrationClosesAt, int capacity, List<String> organisers) {

    public EventDetails {
        organisers = List.copyOf(organisers);
    }
}
