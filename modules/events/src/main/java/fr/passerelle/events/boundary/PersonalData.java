package fr.passerelle.events.boundary;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Everything Passerelle keeps about a registrant, as the JSON file they can download (right of access). */
final class PersonalData {

    private PersonalData() {
    }

    static JsonObject of(Event event, Registration r, List<EventSession> programme) {
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        for (EventSession s : programme) {
            if (r.getSessionIds().contains(s.getId())) {
                sessions.add(Json.createObjectBuilder().add("id", s.getId()).add("title", s.getTitle())
                        .add("startsAt", s.getStartsAt().toString()).add("room", s.getRoom()));
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("event", Json.createObjectBuilder().add("slug", event.getSlug()).add("title", event.getTitle()))
                .add("registration", r.getId())
                .add("status", r.getStatus().code())
                .add("name", r.getName())
                .add("email", r.getEmail() == null ? "" : r.getEmail())
                .add("organisation", r.getOrganisation())
                .add("structureType", r.getStructureType().code())
                .add("commune", r.getCommuneCode() == null ? "" : r.getCommuneCode())
                .add("accessibility", r.getAccessibility())
                .add("signedInAccount", r.getSubject() != null)
                .add("emailVerified", r.isEmailVerified())
                .add("checkinCode", r.getCheckinCode() == null ? "" : r.getCheckinCode())
                .add("createdAt", r.getCreatedAt().toString())
                .add("sessions", sessions);
        if (r.getConfirmedAt() != null) {
            json.add("confirmedAt", r.getConfirmedAt().toString());
        }
        if (r.getCancelledAt() != null) {
            json.add("cancelledAt", r.getCancelledAt().toString());
        }
        return json.build();
    }
}
