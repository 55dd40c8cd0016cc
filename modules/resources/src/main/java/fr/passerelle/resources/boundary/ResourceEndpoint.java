package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.history.ChangeRecord;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.resources.control.EditResource;
import fr.passerelle.resources.control.ProposeResource;
import fr.passerelle.resources.control.ResourceFiles;
import fr.passerelle.resources.control.ResourceFilter;
import fr.passerelle.resources.control.ResourceIndexer;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.control.ReviewDecision;
import fr.passerelle.resources.control.ReviewResource;
import fr.passerelle.resources.control.ReportResource;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceReport;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.io.StringReader;
import java.util.List;
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
    EditResource editing;

    @Inject
    ReviewResource review;

    @Inject
    ResourcePolicy policy;

    @Inject
    ResourceFiles files;

    @Inject
    ChangeHistory history;

    @Inject
    ReportResource reports;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Liste les ressources publiées, les plus récentes d'abord, filtrées par type, thème, public, "
            + "niveau territorial, licence et mots (accès public)")
    @APIResponse(responseCode = "400", description = "Filtre ou pagination invalide (problem+json)")
    public ListResult<ResourceView> list(
            @Parameter(description = "type : guide, fiche-pratique, outil, formation…") @QueryParam("type") String type,
            @Parameter(description = "code de thème") @QueryParam("theme") String theme,
            @Parameter(description = "code de public") @QueryParam("audience") String audience,
            @Parameter(description = "commune, intercommunalite, departement, region ou national") @QueryParam("level") String level,
            @Parameter(description = "identifiant SPDX de licence (etalab-2.0, CC-BY-4.0…)") @QueryParam("licence") String licence,
            @Parameter(description = "mots à trouver (début de mot, sans tenir compte des accents)") @QueryParam("q") String q,
            @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "taille de page, de 1 à 100 (20 par défaut)") @QueryParam("size") String size) {
        ResourceFilter filter = ResourceFilter.parse(type, theme, audience, level, licence, q);
        Paging paging = Paging.parse(page, size);
        return new ListResult<>(resources.countPublished(filter), paging,
                resources.published(filter, paging).stream().map(ResourceView::new).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une ressource : publiée (accès public), ou proposition visible de son auteur et de l'équipe "
            + "éditoriale (rôles editor, admin)")
    @APIResponse(responseCode = "404", description = "Aucune ressource visible sous cet identifiant")
    public ResourceView get(@PathParam("slug") String slug) {
        Resource r = policy.readable(resources.bySlug(slug));
        return new ResourceView(r, files.of(r));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose une ressource ; elle reste invisible jusqu'à sa publication (toute personne "
            + "connectée). Les rôles editor et admin peuvent la publier d'emblée avec \"status\":\"published\"")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Proposition enregistrée")
    @APIResponse(responseCode = "400", description = "Données invalides (problem+json avec les champs en cause)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Publication directe réservée aux rôles editor et admin")
    @APIResponse(responseCode = "409", description = "Identifiant déjà utilisé")
    public Response propose(ResourceDraft draft) {
        policy.checkMayPropose();
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant la ressource est attendu");
        }
        Resource created = proposal.propose(draft.toInput(), draft.getSlug(), draft.getStatus());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/resources").path(created.getSlug()).build())
                .entity(new ResourceView(created))
                .build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplace le contenu d'une ressource (l'identifiant ne change pas) : rôles editor et admin, "
            + "ou l'auteur d'une proposition en attente (proposée ou changement demandé)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Ressource modifiée")
    @APIResponse(responseCode = "400", description = "Données invalides (problem+json avec les champs en cause)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Ressource publiée, ou proposition qui n'est plus en attente")
    @APIResponse(responseCode = "404", description = "Aucune ressource visible sous cet identifiant")
    public ResourceView edit(@PathParam("slug") String slug, ResourceDraft draft) {
        policy.checkMayPropose();
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant la ressource est attendu");
        }
        Resource r = editing.edit(slug, draft.toInput());
        return new ResourceView(r, files.of(r));
    }

    @POST
    @Path("{slug}/publish")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Publie une ressource proposée, rejetée ou dépubliée (rôles editor, admin) ; corps facultatif "
            + "{\"comment\": \"…\"}")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Ressource publiée")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    @APIResponse(responseCode = "404", description = "Aucune ressource sous cet identifiant")
    @APIResponse(responseCode = "409", description = "Déjà publiée")
    public ResourceView publish(@PathParam("slug") String slug, String body) {
        return decide(slug, ReviewDecision.PUBLISH, body);
    }

    @POST
    @Path("{slug}/unpublish")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Retire une ressource publiée (rôles editor, admin) ; corps facultatif {\"comment\": \"…\"}")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Ressource dépubliée")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    @APIResponse(responseCode = "404", description = "Aucune ressource sous cet identifiant")
    @APIResponse(responseCode = "409", description = "La ressource n'est pas publiée")
    public ResourceView unpublish(@PathParam("slug") String slug, String body) {
        return decide(slug, ReviewDecision.UNPUBLISH, body);
    }

    @POST
    @Path("{slug}/request-changes")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Renvoie une proposition à son auteur avec un commentaire obligatoire {\"comment\": \"…\"} "
            + "(rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Changement demandé")
    @APIResponse(responseCode = "400", description = "Commentaire manquant")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    @APIResponse(responseCode = "409", description = "La ressource n'est pas une proposition en attente")
    public ResourceView requestChanges(@PathParam("slug") String slug, String body) {
        return decide(slug, ReviewDecision.REQUEST_CHANGES, body);
    }

    @POST
    @Path("{slug}/reject")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Rejette une proposition avec un commentaire obligatoire {\"comment\": \"…\"} (rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Proposition rejetée")
    @APIResponse(responseCode = "400", description = "Commentaire manquant")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    @APIResponse(responseCode = "409", description = "La ressource n'est pas une proposition en attente")
    public ResourceView reject(@PathParam("slug") String slug, String body) {
        return decide(slug, ReviewDecision.REJECT, body);
    }

    @POST
    @Path("{slug}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Signale un problème sur une ressource publiée : {\"reason\": \"lien-casse\"…, \"details\": \"…\"} "
            + "(toute personne connectée) ; le signalement rejoint la file de l'équipe éditoriale")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Signalement enregistré")
    @APIResponse(responseCode = "400", description = "Raison inconnue ou description manquante")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "404", description = "Aucune ressource publiée sous cet identifiant")
    public Response report(@PathParam("slug") String slug, ReportDraft draft) {
        policy.checkMayPropose();
        ReportDraft d = draft == null ? new ReportDraft() : draft;
        ResourceReport created = reports.report(slug, d.getReason(), d.getDetails());
        return Response.status(Response.Status.CREATED).entity(ReportView.of(created, slug)).build();
    }

    private ResourceView decide(String slug, ReviewDecision decision, String body) {
        policy.checkMayReview();
        Resource r = review.decide(slug, decision, comment(body));
        return new ResourceView(r, files.of(r));
    }

    /** The optional {@code comment} of a small JSON body; an empty body means no comment. */
    static String comment(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw InvalidInput.of("corps", "un objet JSON {\"comment\": \"…\"} est attendu");
            }
            JsonValue comment = object.get("comment");
            if (comment == null || comment == JsonValue.NULL) {
                return null;
            }
            if (!(comment instanceof JsonString text)) {
                throw InvalidInput.of("comment", "doit être un texte");
            }
            return text.getString();
        } catch (jakarta.json.JsonException e) {
            throw InvalidInput.of("corps", "le corps n'est pas un JSON valide");
        }
    }

    @GET
    @Path("{slug}/history")
    @Operation(summary = "L'historique des changements d'une ressource, le plus récent d'abord, changements de licence "
            + "signalés (flagged) (rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    @APIResponse(responseCode = "404", description = "Aucune ressource sous cet identifiant")
    public ListResult<ChangeRecord> history(@PathParam("slug") String slug, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        policy.checkMayReview();
        Paging paging = Paging.parse(page, size);
        Resource r = policy.readable(resources.bySlug(slug));
        List<ChangeRecord> all = history.of(ResourceIndexer.TYPE, String.valueOf(r.getId()));
        return new ListResult<>(all.size(), paging, all.stream().skip(paging.offset()).limit(paging.size()).toList());
    }
}
