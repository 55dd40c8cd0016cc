package fr.passerelle.events.boundary;

import java.util.List;

/** The JSON that adds a session to a programme; kind is pleniere, atelier, masterclass or table-ronde. */
public record SessionDraft(String title, String kind, String description, String startsAt, String endsAt, String room,
                           String track, List<String> speakers, Integer capacity, List<String> themes,
                           List<String> audiences) {
}
