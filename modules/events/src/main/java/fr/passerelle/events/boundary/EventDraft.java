package fr.passerelle.events.boundary;

import java.util.List;

/** The JSON an administrator sends to create an event (times in ISO 8601, with an offset or in Europe/Paris). */
public record EventDraft(String slug, String edition, String title, String description, String venue, String address,
                         String startsAt, String endsAt, String registrationOpensAt, String registrationClosesAt,
                         Integer capacity, List<String> organisers) {
}
