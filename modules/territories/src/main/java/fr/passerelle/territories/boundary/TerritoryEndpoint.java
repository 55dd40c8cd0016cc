package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.territories.control.IndicatorSummary;
import fr.passerelle.territories.control.InitiativeAttachments;
import fr.passerelle.territories.control.InitiativeDraft;
import fr.passerelle.territories.control.InitiativeRepository;
import fr.passerelle.territories.control.RegisterTerritory;
import fr.passerelle.territories.control.TerritoryDraft;
import fr.passerelle.territories.control.TerritoryFigures;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territoires", description = "Territoires pilotes et leurs initiatives")
public class TerritoryEndpoint {

    @Inject
    TerritoryRepository territories;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryFigures figures;

    @Inject
    RegisterTerritory register;

    @Inject
    WriteInitiative write;

    @Inject
    TerritoryPolicy policy;

    @Inject
    Attachments attachments;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Liste les territoires pilotes par nom, filtrés par région, type ou thème d'initiative (accès public)")
    public ListResult<JsonObject> list(
            @Parameter(description = "code INSEE de région, par exemple 52") @QueryParam("region") String region,
            @Parameter(description = "commune, epci, departement, region ou groupement") @QueryParam("kind") String kind,
            @Parameter(description = "code de thème : le territoire a une initiative publiée sur ce thème") @QueryParam("theme") String theme,
            @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "taille de page, de 1 à 100 (20 par défaut)") @QueryParam("size") String size) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        TerritoryRepository.Filter filter = new TerritoryRepository.Filter(Filters.region(errors, "region", region),
                Filters.kind(errors, "kind", kind), Filters.theme(errors, "theme", theme));
        errors.throwIfAny();
        Paging paging = Paging.parse(page, size);
        List<Territory> found = territories.matching(filter, paging);
        Map<Long, IndicatorSummary.Row> totals = figures.of(found);
        return new ListResult<>(territories.count(filter), paging,
                found.stream().map(t -> json(t, totals.get(t.getId()))).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistre un territoire pilote ; son code officiel est vérifié et ses départements et "
            + "région en sont déduits (rôle admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Territoire enregistré")
    @APIResponse(responseCode = "400", description = "Données invalides, code officiel inconnu ou d'un autre type, point hors de France")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "409", description = "Identifiant ou code officiel déjà enregistré")
    public Response register(TerritoryDraft draft) {
        policy.checkMayRegisterTerritory();
        Territory created = register.register(draft, Actor.of(caller));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/territories").path(created.getSlug()).build())
                .entity(json(created)).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un territoire pilote, avec le total des indicateurs de ses initiatives publiées (accès public)")
    @APIResponse(responseCode = "404", description = "Aucun territoire sous cet identifiant")
    public JsonObject get(@PathParam("slug") String slug) {
        return json(find(slug));
    }

    @GET
    @Path("{slug}/initiatives")
    @Operation(summary = "Les initiatives d'un territoire : publiées pour tous, brouillons compris pour ses éditeurs, "
            + "les éditeurs nationaux et les administrateurs")
    public ListResult<JsonObject> initiatives(@PathParam("slug") String slug, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        Territory territory = find(slug);
        Paging paging = Paging.parse(page, size);
        List<Initiative> visible = initiatives.ofTerritory(territory).stream().filter(policy::mayRead).toList();
        List<JsonObject> items = visible.stream().skip(paging.offset()).limit(paging.size())
                .map(i -> InitiativeJson.of(i, attachments.ofOwner(InitiativeAttachments.owner(i)))).toList();
        return new ListResult<>(visible.size(), paging, items);
    }

    @POST
    @Path("{slug}/initiatives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Écrit une initiative du territoire, en brouillon ou publiée (\"published\": true) "
            + "(rôle territory-editor pour les territoires de son compte, editor ou admin partout)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Initiative enregistrée")
    @APIResponse(responseCode = "400", description = "Données invalides (montants ou indicateurs négatifs ou invraisemblables, fin avant début…)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Ce territoire n'est pas celui du compte")
    @APIResponse(responseCode = "404", description = "Territoire inconnu")
    @APIResponse(responseCode = "409", description = "Identifiant d'initiative déjà utilisé")
    public Response create(@PathParam("slug") String slug, InitiativeDraft draft) {
        Initiative created = write.create(slug, draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/initiatives").path(created.getSlug()).build())
                .entity(InitiativeJson.of(created, List.of())).build();
    }

    private Territory find(String slug) {
        return territories.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("Aucun territoire ne porte l'identifiant « " + slug + " »."));
    }

    private JsonObject json(Territory t) {
        return json(t, figures.of(t));
    }

    private static JsonObject json(Territory t, IndicatorSummary.Row total) {
        return TerritoryJson.of(t, total.initiatives(), total.values());
    }
}
