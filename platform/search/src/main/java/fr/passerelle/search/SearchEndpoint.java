package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recherche", description = "Recherche en français dans tout Passerelle, selon les droits de la personne")
public class SearchEndpoint {

  @Inject SearchRuntime runtime;

  @Inject CallerGrants grants;

  @Inject Caller caller;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Recherche plein texte avec facettes ; ne renvoie que ce que la personne a le droit de voir "
      + "(anonyme : contenus publics ; jeton porteur : selon ses rôles et ses instances)")
  @APIResponse(responseCode = "200", description = "Résultats : total exact, page de résultats (snippet : extrait "
      + "HTML échappé, mots trouvés entre <mark>), facettes, partial=true quand aucun document ne contient tous "
      + "les mots et que ceux qui en contiennent le plus sont donnés, suggestion de correction (didYouMean) quand "
      + "rien n'est trouvé")
  @APIResponse(responseCode = "400", description = "Paramètre invalide (problem+json)")
  public JsonObject search(
      @Parameter(description = "texte recherché ; vide : contenus les plus récents") @QueryParam("q") String q,
      @Parameter(description = "type de contenu (raccourci de facet.type)") @QueryParam("type") String type,
      @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
      @Parameter(description = "taille de page, de 1 à 100 (20 par défaut)") @QueryParam("size") String size,
      @Parameter(description = "pertinence (par défaut) ou date") @QueryParam("sort") String sort) {
    SearchRequest request = SearchRequest.parse(q, type, page, size, sort, facetParameters(uri));
    return toJson(runtime.service().search(request, grants.grants()));
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Titres qui complètent la saisie, parmi les contenus que la personne peut voir")
  public JsonObject suggest(@QueryParam("q") String q) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    runtime.service().suggest(q, grants.grants()).forEach(list::add);
    return Json.createObjectBuilder().add("suggestions", list).build();
  }

  @POST
  @Path("reindex")
  @Operation(summary = "Reconstruit l'index de ce nœud depuis la base, sans interruption de la recherche "
      + "(administration)")
  @SecurityRequirement(name = PasserelleApplication.BEARER)
  @APIResponse(responseCode = "202", description = "Reconstruction lancée ; suivre son état par GET")
  @APIResponse(responseCode = "409", description = "Une reconstruction est déjà en cours")
  public Response reindex() {
    caller.requireAnyRole(Roles.ADMIN);
    if (!runtime.requestRebuild()) {
      throw new fr.passerelle.kernel.errors.Conflict("Une reconstruction de l'index est déjà en cours sur ce nœud.");
    }
    return Response.accepted(status()).location(uri.getAbsolutePath()).build();
  }

  @GET
  @Path("reindex")
  @Operation(summary = "État de l'index de ce nœud et de la dernière reconstruction (administration)")
  @SecurityRequirement(name = PasserelleApplication.BEARER)
  public JsonObject reindexStatus() {
    caller.requireAnyRole(Roles.ADMIN);
    return status();
  }

  private JsonObject status() {
    IndexProjector projector = runtime.projector();
    JsonObjectBuilder status = Json.createObjectBuilder()
        .add("running", runtime.rebuildRunning())
        .add("documents", projector.index().size())
        .add("checkpoint", projector.checkpoint())
        .add("lastApplied", projector.highestApplied());
    String last = runtime.lastRebuild();
    if (last != null) {
      status.add("lastRebuild", Json.createReader(new StringReader(last)).readObject());
    }
    return status.build();
  }

  /** {@code facet.<name>} parameters, as sent. */
  static Map<String, List<String>> facetParameters(UriInfo uri) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    uri.getQueryParameters().forEach((name, values) -> {
      if (name.startsWith("facet.")) {
        facets.put(name, values);
      }
    });
    return facets;
  }

  static JsonObject toJson(SearchResults results) {
    JsonArrayBuilder hits = Json.createArrayBuilder();
    for (SearchResults.Hit hit : results.hits()) {
      hits.add(Json.createObjectBuilder()
          .add("type", hit.type())
          .add("id", hit.id())
          .add("title", hit.title())
          .add("url", hit.url())
          .add("snippet", hit.snippetHtml())
          .add("date", hit.date().toString()));
    }
    JsonObjectBuilder facets = Json.createObjectBuilder();
    for (String name : SearchFacets.NAMES) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      for (SearchResults.FacetValue v : results.facets().getOrDefault(name, List.of())) {
        values.add(Json.createObjectBuilder()
            .add("value", v.value())
            .add("label", v.label())
            .add("count", v.count())
            .add("selected", v.selected()));
      }
      facets.add(name, values);
    }
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("query", results.query())
        .add("total", results.total())
        .add("page", results.page())
        .add("size", results.size())
        .add("hits", hits)
        .add("facets", facets);
    if (results.partial()) {
      json.add("partial", true);
    }
    if (results.didYouMean() != null) {
      json.add("didYouMean", results.didYouMean());
    }
    return json.build();
  }
}
