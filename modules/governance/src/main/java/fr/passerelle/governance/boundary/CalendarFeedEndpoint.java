package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.PersonalFeeds;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's personal calendar feed in a body they sit on: issue (or regenerate) its secret address, revoke it. */
@Path("api/governance/bodies/{slug}/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class CalendarFeedEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    PersonalFeeds feeds;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private Member seat(String slug) {
        caller.requireSignedIn();
        Body body = lookup.body(slug);
        return policy.seat(body).orElseThrow(() -> new ForbiddenException(
                "Seuls les membres de l'instance ont un agenda personnel."));
    }

    @POST
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Donne une nouvelle adresse secrète à l'agenda personnel de l'appelant (réunions et échéances de "
            + "ses actions) ; l'ancienne cesse de fonctionner. L'adresse n'est montrée qu'une fois (membres)")
    @APIResponse(responseCode = "201", description = "{\"url\": …}")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "L'appelant ne siège pas dans l'instance")
    public Response issue(@PathParam("slug") String slug) {
        String secret = feeds.issue(seat(slug));
        URI url = uriInfo.getBaseUriBuilder().path("gouvernance/agenda").path(secret + ".ics").build();
        return Response.created(url).entity(Map.of("url", url.toString())).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Révoque l'adresse de l'agenda personnel de l'appelant (membres)")
    @APIResponse(responseCode = "204", description = "Adresse révoquée")
    public Response revoke(@PathParam("slug") String slug) {
        feeds.revoke(seat(slug));
        return Response.noContent().build();
    }
}
