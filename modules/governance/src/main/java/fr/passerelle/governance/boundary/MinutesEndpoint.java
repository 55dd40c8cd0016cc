package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.CommentMinutes;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MinutesRepository;
import fr.passerelle.governance.control.MinutesWorkflow;
import fr.passerelle.governance.control.PublishErratum;
import fr.passerelle.governance.control.TransitionRequest;
import fr.passerelle.governance.control.WriteMinutes;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesComment;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.kernel.web.PublicAddress;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The minutes of a meeting and their workflow; reserved versions are 404 for everyone but members and secretariat. */
@Path("api/governance/meetings/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class MinutesEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    MinutesRepository minutes;

    @Inject
    MeetingAnswers answers;

    @Inject
    WriteMinutes writing;

    @Inject
    MinutesWorkflow workflow;

    @Inject
    CommentMinutes commenting;

    @Inject
    PublishErratum errata;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "La dernière version du compte rendu que l'appelant peut lire (publiée et publique pour tous ; "
            + "brouillons, relecture, commentaires et versions réservées pour les membres et le secrétariat)")
    @APIResponse(responseCode = "404", description = "Pas de compte rendu lisible")
    public MinutesView get(@PathParam("id") String id) {
        GovernanceLookup.MeetingOf found = lookup.meeting(id);
        Minutes m = answers.readableMinutes(found.body(), found.meeting())
                .orElseThrow(() -> new NotFoundException(GovernanceLookup.NOT_FOUND));
        return answers.minutes(found.body(), m);
    }

    @GET
    @Path("versions/{version}")
    @Operation(summary = "Une version du compte rendu, pour qui pouvait la lire")
    @APIResponse(responseCode = "404", description = "Version inconnue ou non lisible")
    public MinutesView version(@PathParam("id") String id, @PathParam("version") String version) {
        GovernanceLookup.MeetingOf found = lookup.meeting(id);
        int n;
        try {
            n = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new NotFoundException(GovernanceLookup.NOT_FOUND);
        }
        Minutes m = minutes.version(found.meeting().getId(), n).filter(x -> answers.mayRead(found.body(), x))
                .orElseThrow(() -> new NotFoundException(GovernanceLookup.NOT_FOUND));
        return answers.minutes(found.body(), m);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Rédige ou modifie le compte rendu ({\"text\", \"visibility\": members ou public}) tant qu'il est "
            + "en brouillon ou en relecture (secrétariat)")
    @APIResponse(responseCode = "200", description = "Compte rendu enregistré")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    @APIResponse(responseCode = "409", description = "Compte rendu approuvé ou publié : non modifiable (erratum)")
    public MinutesView write(@PathParam("id") String id, Requests.MinutesText request) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        if (request == null) {
            throw InvalidInput.of("text", "est obligatoire");
        }
        Minutes m = writing.write(found.body(), found.meeting(), request.text(), request.visibility(), caller.subject(),
                caller.name());
        return answers.minutes(found.body(), m);
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Fait avancer le compte rendu d'une étape : {\"to\": review | approved | published} ; approved "
            + "demande \"how\": meeting (avec \"meeting\") ou deadline (délai de relecture passé) (secrétariat)")
    @APIResponse(responseCode = "200", description = "Étape franchie et enregistrée")
    @APIResponse(responseCode = "400", description = "Étape inconnue ou données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    @APIResponse(responseCode = "409", description = "Étape hors d'ordre (publier un brouillon, approuver deux fois…)")
    public MinutesView move(@PathParam("id") String id, TransitionRequest request) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        Minutes m = workflow.move(found.body(), found.meeting(), request, caller.subject(), caller.name(),
                pageUrl(found));
        return answers.minutes(found.body(), m);
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Commente le compte rendu en relecture, sur une ligne (\"line\") ou dans son ensemble ; le "
            + "secrétariat répond avec \"replyTo\" (membres de l'instance et secrétariat)")
    @APIResponse(responseCode = "201", description = "Commentaire enregistré")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "404", description = "Pas de compte rendu visible pour l'appelant")
    @APIResponse(responseCode = "409", description = "Le compte rendu n'est pas en relecture")
    public Response comment(@PathParam("id") String id, Requests.NewComment request) {
        caller.requireSignedIn();
        GovernanceLookup.MeetingOf found = lookup.meeting(id);
        if (!policy.mayReadReserved(found.body())) {
            throw new NotFoundException(GovernanceLookup.NOT_FOUND);
        }
        Minutes m = minutes.current(found.meeting().getId())
                .orElseThrow(() -> new NotFoundException(GovernanceLookup.NOT_FOUND));
        if (request == null) {
            throw InvalidInput.of("text", "est obligatoire");
        }
        MinutesComment c = commenting.comment(m, request.text(), request.line(), request.replyTo(),
                policy.isSecretariat(found.body()), caller.subject(), caller.name());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/meetings").path(id).path("minutes")
                .build()).entity(MinutesView.CommentView.of(c)).build();
    }

    @POST
    @Path("errata")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Corrige un compte rendu publié par une nouvelle version publiée ({\"text\", \"note\"}) ; "
            + "l'ancienne reste lisible (secrétariat)")
    @APIResponse(responseCode = "201", description = "Erratum publié")
    @APIResponse(responseCode = "409", description = "Le compte rendu n'est pas publié")
    public Response erratum(@PathParam("id") String id, Requests.Erratum request) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(id);
        if (request == null) {
            throw InvalidInput.of("text", "est obligatoire");
        }
        Minutes m = errata.publish(found.body(), found.meeting(), request.text(), request.note(), caller.subject(),
                caller.name(), pageUrl(found));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/meetings").path(id)
                .path("minutes/versions").path(String.valueOf(m.getVersion())).build())
                .entity(answers.minutes(found.body(), m)).build();
    }

    private String pageUrl(GovernanceLookup.MeetingOf found) {
        String base = PublicAddress.of(uriInfo).toString();
        return base.substring(0, base.length() - 1) + found.meeting().path(found.body().getSlug());
    }
}
