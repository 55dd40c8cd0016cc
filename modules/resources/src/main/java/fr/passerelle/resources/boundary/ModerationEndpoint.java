package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.resources.control.LinkRepository;
import fr.passerelle.resources.control.ReportRepository;
import fr.passerelle.resources.control.ReportResource;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceReport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The editors' queues: proposals to review, readers' reports, broken links. Roles editor and admin only. */
@Path("api/resources/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ressources", description = "Centre de ressources du numérique inclusif")
public class ModerationEndpoint {

    @Inject
    ResourceRepository resources;

    @Inject
    ReportRepository reportQueue;

    @Inject
    ReportResource reports;

    @Inject
    LinkRepository links;

    @Inject
    ResourcePolicy policy;

    @GET
    @Path("queue")
    @Operation(summary = "Les propositions en attente (proposées ou changement demandé), les plus anciennes d'abord "
            + "(rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    public ListResult<ResourceView> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        policy.checkMayReview();
        Paging paging = Paging.parse(page, size);
        return new ListResult<>(resources.countInReview(), paging,
                resources.inReview(paging).stream().map(ResourceView::new).toList());
    }

    @GET
    @Path("reports")
    @Operation(summary = "Les signalements ouverts, les plus anciens d'abord (rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    public ListResult<ReportView> reports(@QueryParam("page") String page, @QueryParam("size") String size) {
        policy.checkMayReview();
        Paging paging = Paging.parse(page, size);
        return new ListResult<>(reportQueue.countOpen(), paging, reportQueue.open(paging).stream()
                .map(r -> ReportView.of(r, resources.byId(r.getResourceId()).map(Resource::getSlug).orElse(null)))
                .toList());
    }

    @POST
    @Path("reports/{id}/close")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Clôt un signalement traité (rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Signalement clos")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    @APIResponse(responseCode = "404", description = "Aucun signalement sous ce numéro")
    public ReportView close(@PathParam("id") long id) {
        policy.checkMayReview();
        ResourceReport closed = reports.close(id);
        return ReportView.of(closed, resources.byId(closed.getResourceId()).map(Resource::getSlug).orElse(null));
    }

    /** A published resource whose external or producer link the checker found broken. */
    public record BrokenLinkView(String resource, String title, String url, Integer statusCode, String detail,
                                 OffsetDateTime checkedAt) {
    }

    @GET
    @Path("broken-links")
    @Operation(summary = "Les liens des ressources publiées que la vérification a trouvés inaccessibles, les plus "
            + "récents d'abord (rôles editor, admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux rôles editor et admin")
    public ListResult<BrokenLinkView> brokenLinks(@QueryParam("page") String page, @QueryParam("size") String size) {
        policy.checkMayReview();
        Paging paging = Paging.parse(page, size);
        var all = links.broken(10_000);
        return new ListResult<>(all.size(), paging, all.stream().skip(paging.offset()).limit(paging.size())
                .map(b -> new BrokenLinkView(b.resource().getSlug(), b.resource().getTitle(), b.link().getUrl(),
                        b.link().getStatusCode(), b.link().getDetail(), b.link().getCheckedAt()))
                .toList());
    }
}
