package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.DecisionExport;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The decisions register of a body: searching, reading, exporting (recording is on the meeting). */
@Path("api/governance/bodies/{slug}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class DecisionEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionExport export;

    @GET
    @Operation(summary = "Le registre des décisions, les plus récentes d'abord ; q cherche dans le numéro, l'intitulé et "
            + "le texte ; year filtre l'année (décisions publiques pour tous, réservées pour les membres)")
    public ListResult<DecisionView> register(@PathParam("slug") String slug, @QueryParam("q") String q,
                                             @QueryParam("year") String year, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        Body body = lookup.body(slug);
        Paging paging = Paging.parse(page, size);
        Integer y = year(year);
        boolean reserved = policy.mayReadReserved(body);
        String words = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        return new ListResult<>(decisions.countRegister(body.getId(), reserved, words, y), paging,
                decisions.register(body.getId(), reserved, words, y, paging).stream()
                        .map(d -> DecisionView.of(d, slug)).toList());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "Une décision, par son numéro ou son identifiant")
    @APIResponse(responseCode = "404", description = "Décision inconnue ou réservée")
    public DecisionView decision(@PathParam("slug") String slug, @PathParam("number") String number) {
        GovernanceLookup.DecisionOf found = lookup.decision(lookup.body(slug), number);
        return DecisionView.of(found.decision(), slug);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Le registre en CSV (UTF-8, séparateur virgule), avec les mêmes filtres et la même visibilité")
    public Response csv(@PathParam("slug") String slug, @QueryParam("q") String q, @QueryParam("year") String year) {
        Body body = lookup.body(slug);
        String csv = export.csv(body, decisions.register(body.getId(), policy.mayReadReserved(body), q, year(year), null));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decisions-" + slug + ".csv\"")
                .header("Cache-Control", "private, no-store").build();
    }

    static Integer year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(raw.strip());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInput.of("year", "doit être une année entre 2000 et 2100");
    }
}
