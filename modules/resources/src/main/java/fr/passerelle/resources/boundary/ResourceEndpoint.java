package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.resources.control.ProposeResource;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ressources", description = "Centre de ressources du numérique inclusif")
public class ResourceEndpoint {

    @Inject
    ResourceRepository resources;

    @Inject
    ProposeResource proposal;

    @Inject
    ResourcePolicy policy;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Liste les ressources publiées, les plus récentes d'abord (accès public)")
    public ListResult<ResourceView> list(
            @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "taille de page, de 1 à 100 (20 par défaut)") @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return new ListResult<>(resources.countPublished(), paging,
                resources.published(paging).stream().map(ResourceView::new).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une ressource publiée (accès public)")
    @APIResponse(responseCode = "404", description = "Aucune ressource publiée sous cet identifiant")
    public ResourceView get(@PathParam("slug") String slug) {
        return resources.publishedBySlug(slug).map(ResourceView::new)
                .orElseThrow(() -> new NotFoundException("Aucune ressource publiée ne porte l'identifiant demandé."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose une ressource ; elle reste invisible jusqu'à sa publication par un éditeur "
            + "(toute personne connectée : jeton porteur requis)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Proposition enregistrée")
    @APIResponse(responseCode = "400", description = "Données invalides (problem+json avec les champs en cause)")
    @APIResponse(responseCode = "409", description = "Identifiant déjà utilisé")
    public Response propose(ResourceDraft draft) {
        policy.checkMayPropose();
        Resource created = proposal.propose(draft, caller.subject());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/resources").path(created.getSlug()).build())
                .entity(new ResourceView(created))
                .build();
    }
}
