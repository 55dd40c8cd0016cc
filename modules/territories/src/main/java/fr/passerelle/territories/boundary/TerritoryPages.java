package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.geography.OfficialGeography;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.kernel.web.View;
import fr.passerelle.territories.control.DepartementShapes;
import fr.passerelle.territories.control.IndicatorSummary;
import fr.passerelle.territories.control.InitiativeRepository;
import fr.passerelle.territories.control.Places;
import fr.passerelle.territories.control.TerritoryFigures;
import fr.passerelle.territories.control.TerritoryMap;
import fr.passerelle.territories.control.TerritoryPolicy;
import fr.passerelle.territories.control.TerritoryRepository;
import fr.passerelle.territories.entity.EditorSeen;
import fr.passerelle.territories.entity.IndicatorKind;
import fr.passerelle.territories.entity.Territory;
import fr.passerelle.territories.entity.TerritoryKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overview of pilot territories (map, filters, list) and each territory's page. */
@Path("territoires")
@Produces(MediaType.TEXT_HTML)
public class TerritoryPages {

    @Inject
    TerritoryRepository territories;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryFigures figures;

    @Inject
    TerritoryPolicy policy;

    @GET
    public View overview(@QueryParam("region") String region, @QueryParam("type") String kind,
                         @QueryParam("theme") String theme) {
        TerritoryRepository.Filter filter = filter(region, kind, theme);
        List<Territory> found = territories.matching(filter, null);
        Map<Long, IndicatorSummary.Row> totals = figures.of(found);
        List<Map<String, Object>> items = new ArrayList<>();
        List<TerritoryMap.Marker> markers = new ArrayList<>();
        for (Territory t : found) {
            int number = items.size() + 1;
            Map<String, Object> card = card(t);
            card.put("number", number);
            card.put("initiatives", totals.get(t.getId()).initiatives());
            items.add(card);
            markers.add(TerritoryMap.Marker.of(number, t, t.getName() + " — " + card.get("where")));
        }
        return View.of("territories/overview.vm", "Territoires pilotes")
                .with("items", items)
                .with("mapHtml", TerritoryMap.svg(markers, "Carte de France des territoires pilotes"
                        + (filter.equals(TerritoryRepository.Filter.NONE) ? "" : " (filtrée)")))
                .with("mapCredit", DepartementShapes.CREDIT)
                .with("filtered", !filter.equals(TerritoryRepository.Filter.NONE))
                .with("region", filter.region() == null ? "" : filter.region())
                .with("kind", filter.kind() == null ? "" : filter.kind().code())
                .with("theme", filter.theme() == null ? "" : filter.theme())
                .with("regions", OfficialGeography.get().regions())
                .with("kinds", List.of(TerritoryKind.values()))
                .with("themes", List.of(Theme.values()));
    }

    private static TerritoryRepository.Filter filter(String region, String kind, String theme) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        TerritoryRepository.Filter f = new TerritoryRepository.Filter(Filters.region(errors, "région", region),
                Filters.kind(errors, "type", kind), Filters.theme(errors, "thème", theme));
        errors.throwIfAny();
        return f;
    }

    @GET
    @Path("carte.svg")
    @Produces("image/svg+xml")
    public Response map(@QueryParam("region") String region, @QueryParam("type") String kind,
                        @QueryParam("theme") String theme) {
        List<TerritoryMap.Marker> markers = new ArrayList<>();
        for (Territory t : territories.matching(filter(region, kind, theme), null)) {
            markers.add(TerritoryMap.Marker.of(markers.size() + 1, t, t.getName()));
        }
        return Response.ok(TerritoryMap.svg(markers, "Carte de France des territoires pilotes"), "image/svg+xml; charset=UTF-8")
                .header("Cache-Control", "no-cache").build();
    }

    @GET
    @Path("{slug}")
    public View show(@PathParam("slug") String slug) {
        Territory t = territories.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("Ce territoire n'existe pas."));
        Map<String, Object> view = card(t);
        view.put("presentationHtml", Markdown.toHtml(t.getPresentation()));
        view.put("contacts", t.getContacts());
        view.put("editors", t.getEditors().stream().map(EditorSeen::getName).toList());
        view.put("departements", Places.departements(t.getDepartements()));
        view.put("code", t.getCode() == null ? "" : t.getCode());
        view.put("codeLabel", t.getKind() == TerritoryKind.EPCI ? "Numéro SIREN" : "Code INSEE");
        view.put("population", t.getPopulation() == null ? "" : Numbers.format(t.getPopulation()));
        view.put("point", t.getLatitude().toPlainString() + ", " + t.getLongitude().toPlainString());
        boolean writer = policy.mayWrite(t);
        List<Map<String, Object>> list = initiatives.ofTerritory(t).stream()
                .filter(i -> i.isPublished() || writer).map(InitiativePages::card).toList();
        IndicatorSummary.Row total = figures.of(t);
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorKind k : IndicatorKind.values()) {
            if (total.values().containsKey(k)) {
                indicators.add(Map.of("label", k.label(), "value", Numbers.format(total.value(k)), "unit", k.unit()));
            }
        }
        return View.of("territories/territory.vm", t.getName())
                .with("territory", view)
                .with("initiatives", list)
                .with("indicators", indicators)
                .with("fundingTotal", total.fundingCents() == 0 ? "" : fr.passerelle.territories.entity.Euros.format(total.fundingCents()))
                .with("writer", writer);
    }

    static Map<String, Object> card(Territory t) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> regions = Places.regions(t.getRegions());
        m.put("slug", t.getSlug());
        m.put("path", t.getPath());
        m.put("name", t.getName());
        m.put("kind", t.getKind().label());
        m.put("regions", regions);
        m.put("where", t.getKind().label() + (regions.isEmpty() ? "" : ", " + String.join(", ", regions)));
        return m;
    }
}
