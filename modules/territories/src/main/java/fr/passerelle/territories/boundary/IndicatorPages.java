package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.web.View;
import fr.passerelle.territories.control.IndicatorCsv;
import fr.passerelle.territories.control.IndicatorSummary;
import fr.passerelle.territories.control.TerritoryFigures;
import fr.passerelle.territories.entity.Euros;
import fr.passerelle.territories.entity.IndicatorKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The national dashboard: indicators summed by région or theme, and its CSV export. */
@Path("indicateurs")
@Produces(MediaType.TEXT_HTML)
public class IndicatorPages {

    @Inject
    TerritoryFigures figures;

    @GET
    public View dashboard(@QueryParam("par") String by) {
        IndicatorSummary.Table table = figures.national(IndicatorEndpoint.parseBy(by));
        List<Map<String, Object>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(row(r)));
        return View.of("territories/dashboard.vm", "Tableau de bord national des territoires pilotes")
                .with("by", table.by().code())
                .with("byLabel", table.by().label())
                .with("kinds", List.of(IndicatorKind.values()))
                .with("rows", rows)
                .with("total", row(table.total()));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("par") String by) {
        IndicatorSummary.Table table = figures.national(IndicatorEndpoint.parseBy(by));
        return Response.ok(IndicatorCsv.write(table), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"indicateurs-par-" + table.by().code() + ".csv\"")
                .build();
    }

    private static Map<String, Object> row(IndicatorSummary.Row r) {
        List<String> values = new ArrayList<>();
        for (IndicatorKind k : IndicatorKind.values()) {
            values.add(Numbers.format(r.value(k)));
        }
        return Map.of("label", r.label(), "initiatives", Numbers.format(r.initiatives()), "values", values,
                "funding", Euros.format(r.fundingCents()));
    }
}
