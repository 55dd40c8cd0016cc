package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.resources.control.PathRepository;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.MethodPath;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/paths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parcours", description = "Parcours méthodologiques du centre de ressources")
public class PathEndpoint {

    @Inject
    PathRepository paths;

    @Inject
    ResourceRepository resources;

    @GET
    @Operation(summary = "Liste les parcours méthodologiques (accès public)")
    public ListResult<PathView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        List<MethodPath> all = paths.all();
        return new ListResult<>(all.size(), paging, all.stream().skip(paging.offset()).limit(paging.size())
                .map(this::view).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un parcours, ses étapes dans l'ordre et les ressources publiées de chacune (accès public)")
    @APIResponse(responseCode = "404", description = "Aucun parcours sous cet identifiant")
    public PathView get(@PathParam("slug") String slug) {
        return paths.bySlug(slug).map(this::view)
                .orElseThrow(() -> new NotFoundException("Aucun parcours ne porte cet identifiant."));
    }

    PathView view(MethodPath p) {
        return PathView.of(p, resources.publishedBySlugs(p.getSteps().stream()
                .flatMap(s -> s.getResourceSlugs().stream()).toList()));
    }
}
