package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.territories.control.IndicatorSummary;
import fr.passerelle.territories.control.TerritoryFigures;
import fr.passerelle.territories.entity.Euros;
import fr.passerelle.territories.entity.IndicatorKind;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territoires", description = "Territoires pilotes et leurs initiatives")
public class IndicatorEndpoint {

    @Inject
    TerritoryFigures figures;

    @GET
    @Path("summary")
    @Operation(summary = "Les indicateurs des initiatives publiées additionnés par région ou par thème, avec le total "
            + "national ; chaque initiative compte avec sa dernière valeur de chaque indicateur (accès public)")
    public JsonObject summary(@Parameter(description = "region (par défaut) ou theme") @QueryParam("by") String by) {
        return json(figures.national(parseBy(by)));
    }

    static IndicatorSummary.By parseBy(String by) {
        if (by == null || by.isBlank()) {
            return IndicatorSummary.By.REGION;
        }
        return IndicatorSummary.By.fromCode(by.strip()).orElseThrow(
                () -> InvalidInput.of("by", "vaut region ou theme"));
    }

    static JsonObject json(IndicatorSummary.Table table) {
        JsonArrayBuilder kinds = JsonParts.array();
        for (IndicatorKind k : IndicatorKind.values()) {
            kinds.add(JsonParts.term(k).add("unit", k.unit()));
        }
        JsonArrayBuilder rows = JsonParts.array();
        table.rows().forEach(r -> rows.add(row(r)));
        return JsonParts.object().add("by", table.by().code()).add("indicators", kinds).add("rows", rows)
                .add("total", row(table.total())).build();
    }

    private static JsonObjectBuilder row(IndicatorSummary.Row r) {
        JsonObjectBuilder values = JsonParts.object();
        for (IndicatorKind k : IndicatorKind.values()) {
            values.add(k.code(), r.value(k));
        }
        return JsonParts.object().add("code", r.code()).add("label", r.label()).add("initiatives", r.initiatives())
                .add("values", values).add("funding", Euros.decimal(r.fundingCents()));
    }
}
