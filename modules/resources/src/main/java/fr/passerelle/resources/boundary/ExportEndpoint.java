package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.web.PublicAddress;
import fr.passerelle.resources.control.ResourceExport;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open data: every published resource with its licence, as CSV or JSON. */
@Path("api/resources/{file: export\\.(?:csv|json)}")
@Tag(name = "Ressources", description = "Centre de ressources du numérique inclusif")
public class ExportEndpoint {

    @Inject
    ResourceExport export;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Export en données ouvertes des ressources publiées avec leur licence : export.csv (UTF-8, "
            + "RFC 4180, ligne d'en-tête) ou export.json (accès public)")
    public Response export(@PathParam("file") String file) {
        String site = PublicAddress.of(uriInfo).toString().replaceFirst("/+$", "");
        boolean csv = file.endsWith(".csv");
        StreamingOutput body = csv ? out -> export.csv(out, site) : out -> export.json(out, site);
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"ressources-passerelle." + (csv ? "csv" : "json") + "\"")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
