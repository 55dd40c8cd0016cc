package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MeetingDraft;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.ScheduleMeeting;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The meetings of a body: listing, and scheduling by the secretariat. */
@Path("api/governance/bodies/{slug}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class BodyMeetingsEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingAnswers answers;

    @Inject
    ScheduleMeeting scheduling;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Les réunions d'une instance, les plus récentes d'abord (accès public)")
    public ListResult<MeetingSummaryView> list(@PathParam("slug") String slug, @QueryParam("page") String page,
                                               @QueryParam("size") String size) {
        Body body = lookup.body(slug);
        Paging paging = Paging.parse(page, size);
        List<Meeting> all = meetings.ofBody(body.getId());
        return new ListResult<>(all.size(), paging, all.stream().skip(paging.offset()).limit(paging.size())
                .map(m -> MeetingSummaryView.of(m, slug)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Planifie une réunion ({\"title\", \"startsAt\", \"location\"} ; endsAt, videoUrl, "
            + "documentsVisibility facultatifs) ; son ordre du jour commence par le suivi des actions (secrétariat)")
    @APIResponse(responseCode = "201", description = "Réunion planifiée")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    public Response schedule(@PathParam("slug") String slug, Requests.NewMeeting request) {
        Body body = lookup.body(slug);
        policy.requireSecretariat(body);
        if (request == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant la réunion est attendu");
        }
        Meeting m = scheduling.schedule(body, null, MeetingDraft.check(request.title(), request.startsAt(),
                request.endsAt(), request.location(), request.videoUrl(), request.documentsVisibility(),
                body.getDefaultVisibility()));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/meetings")
                .path(String.valueOf(m.getId())).build()).entity(answers.meeting(body, m)).build();
    }
}
