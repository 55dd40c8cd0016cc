package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.territories.control.InitiativeAttachments;
import fr.passerelle.territories.control.InitiativeDraft;
import fr.passerelle.territories.control.InitiativeRepository;
import fr.passerelle.territories.control.TerritoryPolicy;
import fr.passerelle.territories.control.TerritoryRepository;
import fr.passerelle.territories.control.WriteInitiative;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territoires", description = "Territoires pilotes et leurs initiatives")
public class InitiativeEndpoint {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryRepository territories;

    @Inject
    WriteInitiative write;

    @Inject
    TerritoryPolicy policy;

    @Inject
    Attachments attachments;

    @GET
    @Operation(summary = "Liste les initiatives publiées, les plus récentes d'abord, filtrées par région, thème, "
            + "état ou territoire (accès public)")
    public ListResult<JsonObject> list(
            @Parameter(description = "code INSEE de région, par exemple 52") @QueryParam("region") String region,
            @Parameter(description = "code de thème") @QueryParam("theme") String theme,
            @Parameter(description = "idee, en-preparation, en-cours, terminee ou abandonnee") @QueryParam("status") String status,
            @Parameter(description = "identifiant du territoire") @QueryParam("territory") String territory,
            @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "taille de page, de 1 à 100 (20 par défaut)") @QueryParam("size") String size) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Territory t = null;
        if (territory != null && !territory.isBlank()) {
            t = territories.bySlug(territory.strip()).orElse(null);
            if (t == null) {
                errors.add("territory", "aucun territoire ne porte cet identifiant");
            }
        }
        InitiativeRepository.Filter filter = new InitiativeRepository.Filter(Filters.region(errors, "region", region),
                Filters.theme(errors, "theme", theme), Filters.status(errors, "status", status), t);
        errors.throwIfAny();
        Paging paging = Paging.parse(page, size);
        return new ListResult<>(initiatives.countPublished(filter), paging,
                initiatives.published(filter, paging).stream().map(this::json).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une initiative : publiée pour tous, brouillon pour ceux qui peuvent l'écrire")
    @APIResponse(responseCode = "404", description = "Aucune initiative visible sous cet identifiant")
    public JsonObject get(@PathParam("slug") String slug) {
        return json(initiatives.bySlug(slug).filter(policy::mayRead)
                .orElseThrow(() -> new NotFoundException("Aucune initiative visible ne porte l'identifiant « " + slug + " ».")));
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplace le contenu d'une initiative ; \"published\": true la publie, false la dépublie "
            + "(dépublier : editor ou admin) (rôle territory-editor pour les territoires de son compte, editor ou admin partout)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Initiative enregistrée")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Initiative d'un autre territoire, ou dépublication par un éditeur de territoire")
    @APIResponse(responseCode = "404", description = "Aucune initiative visible sous cet identifiant")
    public JsonObject update(@PathParam("slug") String slug, InitiativeDraft draft) {
        return json(write.update(slug, draft));
    }

    private JsonObject json(Initiative i) {
        return InitiativeJson.of(i, attachments.ofOwner(InitiativeAttachments.owner(i)));
    }
}
