package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.EditColleges;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.MemberDraft;
import fr.passerelle.governance.control.SeatMember;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/governance/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance", description = "Instances, réunions, comptes rendus, décisions et actions de suivi")
public class BodyEndpoint {

    @Inject
    BodyRepository bodies;

    @Inject
    BodyDirectory directory;

    @Inject
    MeetingRepository meetings;

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    EditColleges colleges;

    @Inject
    SeatMember seating;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Liste les instances de gouvernance (accès public)")
    public ListResult<BodyView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        List<Body> all = bodies.all();
        return new ListResult<>(all.size(), paging, all.stream().skip(paging.offset()).limit(paging.size())
                .map(b -> BodyView.of(b, bodies.colleges(b.getId()), bodies.memberCount(b.getId()))).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une instance : composition par collège et réunions (accès public ; identifiants et adresses "
            + "des membres pour le secrétariat seulement)")
    @APIResponse(responseCode = "404", description = "Aucune instance sous cet identifiant")
    public BodyDetailView get(@PathParam("slug") String slug) {
        Body body = lookup.body(slug);
        return detail(body);
    }

    @PUT
    @Path("{slug}/colleges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Remplace la liste ordonnée des collèges (secrétariat : rôle secretariat ou admin, ou membre "
            + "de rôle secrétariat)")
    @APIResponse(responseCode = "200", description = "Collèges enregistrés")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    @APIResponse(responseCode = "409", description = "Des membres siègent encore dans un collège retiré")
    public List<BodyView.CollegeView> replaceColleges(@PathParam("slug") String slug, Requests.CollegeList list) {
        Body body = lookup.body(slug);
        policy.requireSecretariat(body);
        if (list == null || list.colleges() == null) {
            throw InvalidInput.of("colleges", "une liste de collèges {\"code\", \"label\"} est attendue");
        }
        return colleges.replace(body, list.colleges().stream()
                        .map(c -> c == null ? null : new EditColleges.Entry(c.code(), c.label())).toList())
                .stream().map(c -> new BodyView.CollegeView(c.getId(), c.getCode(), c.getLabel())).toList();
    }

    @POST
    @Path("{slug}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Attribue un siège (nom d'utilisateur Keycloak, ou adresse électronique d'une personne invitée), "
            + "ou met à jour celui de cette personne (secrétariat)")
    @APIResponse(responseCode = "201", description = "Siège enregistré")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    public Response seat(@PathParam("slug") String slug, MemberDraft draft) {
        Body body = lookup.body(slug);
        policy.requireSecretariat(body);
        Member m = seating.seat(body, draft, false);
        College c = bodies.college(m.getCollegeId()).orElse(null);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/bodies").path(slug).build())
                .entity(MemberView.of(m, c, true)).build();
    }

    BodyDetailView detail(Body body) {
        boolean secretariat = policy.isSecretariat(body);
        Map<Long, College> byId = directory.colleges(body);
        List<MemberView> members = bodies.members(body.getId()).stream()
                .map(m -> MemberView.of(m, byId.get(m.getCollegeId()), secretariat)).toList();
        List<MeetingSummaryView> list = meetings.ofBody(body.getId()).stream()
                .map(m -> MeetingSummaryView.of(m, body.getSlug())).toList();
        return new BodyDetailView(BodyView.of(body, List.copyOf(byId.values()), members.size()), members, list,
                secretariat);
    }
}
