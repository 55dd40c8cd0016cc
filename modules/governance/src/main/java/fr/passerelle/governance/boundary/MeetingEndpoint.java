package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ChangeMeetingStatus;
import fr.passerelle.governance.control.DraftAgenda;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.RecordAttendance;
import fr.passerelle.governance.control.RecordDecision;
import fr.passerelle.governance.control.DecisionDraft;
import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/governance/meetings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class MeetingEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingAnswers answers;

    @Inject
    RecordDecision recording;

    @Inject
    ChangeMeetingStatus statusChange;

    @Inject
    DraftAgenda agenda;

    @Inject
    RecordAttendance attendance;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Une réunion : ordre du jour (avec le suivi des actions), décisions, documents, compte rendu "
            + "lisible ; lien de visioconférence, présences et documents réservés pour les membres et le secrétariat")
    @APIResponse(responseCode = "404", description = "Aucune réunion sous cet identifiant")
    public MeetingView get(@PathParam("id") String id) {
        GovernanceLookup.MeetingOf found = lookup.meeting(id);
        return answers.meeting(found.body(), found.meeting());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Change le statut d'une réunion planifiée : tenue ou annulee (secrétariat)")
    @APIResponse(responseCode = "409", description = "La réunion n'est plus planifiée")
    public MeetingView changeStatus(@PathParam("id") String id, Requests.MeetingStatusChange request) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        statusChange.change(found.body(), found.meeting(), request == null ? null : request.status());
        return answers.meeting(found.body(), found.meeting());
    }

    @POST
    @Path("agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Ajoute un point à l'ordre du jour ({\"title\", \"presenter\", \"outcome\": information, debat "
            + "ou decision}) (secrétariat)")
    @APIResponse(responseCode = "201", description = "Point ajouté")
    @APIResponse(responseCode = "409", description = "La réunion n'est plus planifiée")
    public Response addItem(@PathParam("id") String id, Requests.NewAgendaItem request) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        if (request == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant le point est attendu");
        }
        AgendaItem item = agenda.add(found.meeting(), request.title(), request.presenter(), request.outcome());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/meetings").path(id).build())
                .entity(AgendaItemView.of(item, null)).build();
    }

    @PUT
    @Path("attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Enregistre les présences : [{\"member\", \"status\": present, excuse, represente ou absent, "
            + "\"representedBy\"}] (secrétariat)")
    public MeetingView recordAttendance(@PathParam("id") String id, List<Requests.AttendanceLine> lines) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        if (lines == null || lines.isEmpty() || lines.size() > 200) {
            throw InvalidInput.of("corps", "une liste de 1 à 200 présences est attendue");
        }
        for (Requests.AttendanceLine line : lines) {
            if (line == null) {
                throw InvalidInput.of("corps", "une présence vide n'a pas de sens");
            }
            attendance.record(found.body(), found.meeting(), line.member(), line.status(), line.representedBy());
        }
        return answers.meeting(found.body(), found.meeting());
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Enregistre une décision prise sur un point de l'ordre du jour ({\"agendaItem\", \"title\", "
            + "\"text\", \"adoption\": consensus ou vote, \"votesFor\", \"votesAgainst\", \"abstentions\", "
            + "\"visibility\"}) ; elle reçoit le numéro suivant de l'année, par exemple INP-2026-07 (secrétariat)")
    @APIResponse(responseCode = "201", description = "Décision enregistrée, avec son numéro")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    public Response record(@PathParam("id") String id, DecisionDraft draft) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        Decision d = recording.record(found.body(), found.meeting(), draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/bodies").path(found.body().getSlug())
                .path("decisions").path(d.getNumber()).build()).entity(DecisionView.of(d, found.body().getSlug())).build();
    }
}
