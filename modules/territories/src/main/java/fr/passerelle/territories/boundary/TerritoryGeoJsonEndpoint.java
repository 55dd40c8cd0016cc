package fr.passerelle.territories.boundary;

import fr.passerelle.territories.control.IndicatorSummary;
import fr.passerelle.territories.control.Places;
import fr.passerelle.territories.control.TerritoryFigures;
import fr.passerelle.territories.control.TerritoryRepository;
import fr.passerelle.territories.entity.Territory;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pilot territories as GeoJSON points (RFC 7946: longitude first), for maps made elsewhere. */
@Path("api/territories.geojson")
@Tag(name = "Territoires", description = "Territoires pilotes et leurs initiatives")
public class TerritoryGeoJsonEndpoint {

    public static final String MEDIA_TYPE = "application/geo+json";

    @Inject
    TerritoryRepository territories;

    @Inject
    TerritoryFigures figures;

    @GET
    @Produces({MEDIA_TYPE, "application/json"})
    @Operation(summary = "Les territoires pilotes en GeoJSON : un point représentatif chacun, avec nom, type, "
            + "régions, adresse et nombre d'initiatives publiées (accès public)")
    public JsonObject all() {
        JsonArrayBuilder features = JsonParts.array();
        List<Territory> all = territories.matching(TerritoryRepository.Filter.NONE, null);
        Map<Long, IndicatorSummary.Row> totals = figures.of(all);
        for (Territory t : all) {
            JsonArrayBuilder regions = JsonParts.array();
            t.getRegions().forEach(c -> regions.add(JsonParts.place(c, Places.region(c))));
            features.add(JsonParts.object()
                    .add("type", "Feature")
                    .add("id", t.getSlug())
                    .add("geometry", JsonParts.object().add("type", "Point")
                            .add("coordinates", JsonParts.array().add(t.getLongitude()).add(t.getLatitude())))
                    .add("properties", JsonParts.object()
                            .add("slug", t.getSlug())
                            .add("name", t.getName())
                            .add("kind", t.getKind().code())
                            .add("kindLabel", t.getKind().label())
                            .add("regions", regions)
                            .add("initiatives", totals.get(t.getId()).initiatives())
                            .add("url", t.getPath())));
        }
        return JsonParts.object().add("type", "FeatureCollection").add("features", features).build();
    }
}
