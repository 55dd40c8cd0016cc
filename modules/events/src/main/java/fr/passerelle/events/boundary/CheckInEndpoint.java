package fr.passerelle.events.boundary;

import fr.passerelle.events.control.CheckInAttendee;
import fr.passerelle.events.control.Dates;
import fr.passerelle.events.control.EventPolicy;
import fr.passerelle.events.control.EventRepository;
import fr.passerelle.events.entity.Event;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/events/{slug}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Événements")
public class CheckInEndpoint {

    @Inject
    EventRepository events;

    @Inject
    CheckInAttendee checkIn;

    @Inject
    EventPolicy policy;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistre l'arrivée d'une personne à partir du code de son QR code, à l'entrée ou à une "
            + "session (équipe d'accueil : rôle event-staff ; organisateurs)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Arrivée enregistrée : {registration, name, session, checkedInAt}")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé à l'équipe d'accueil et aux organisateurs")
    @APIResponse(responseCode = "404", description = "Aucune inscription de cet événement sous ce code")
    @APIResponse(responseCode = "409", description = "Code déjà enregistré ici (signalé, non compté), inscription non "
            + "confirmée ou session non choisie")
    public Response checkIn(@PathParam("slug") String slug, CheckInDraft draft) {
        Event event = events.require(slug);
        policy.checkMayCheckIn(event);
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON {\"code\": …} est attendu");
        }
        CheckInAttendee.Outcome outcome = checkIn.checkIn(slug, draft.code, draft.session, caller.username());
        if (outcome.repeated()) {
            throw new Conflict("Ce code a déjà été enregistré ici le " + Dates.dayAndTime(outcome.firstAt())
                    + " : ce second passage est signalé et n'est pas compté.");
        }
        JsonObject body = Json.createObjectBuilder()
                .add("registration", outcome.registration().getId())
                .add("name", outcome.registration().getName())
                .add("session", outcome.session() == null ? 0 : outcome.session().getId())
                .add("checkedInAt", outcome.firstAt().toString())
                .build();
        return Response.status(201).entity(body).build();
    }
}
