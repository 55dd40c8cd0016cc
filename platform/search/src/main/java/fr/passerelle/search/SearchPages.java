package fr.passerelle.search;

import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search page: a plain GET form, so that every state (text, facets, order, page) is a URL that
 * can be shared and works without JavaScript.
 */
@Path("recherche")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));

  @Inject SearchRuntime runtime;

  @Inject CallerGrants grants;

  @Context UriInfo uri;

  @GET
  public View search(
      @QueryParam("q") String q,
      @QueryParam("type") String type,
      @QueryParam("page") String page,
      @QueryParam("sort") String sort) {
    // A wrong parameter is an InvalidInput: the error mapper answers it with a French 400 page.
    SearchRequest request = SearchRequest.parse(q, type, page, null, sort, SearchEndpoint.facetParameters(uri));
    SearchResults results = runtime.service().search(request, grants.grants());
    String title = results.query().isBlank() ? "Recherche" : "Recherche : " + results.query();
    return View.of("search/results.vm", title)
        .with("query", results.query())
        .with("total", results.total())
        .with("hits", hits(results))
        .with("facets", facets(results))
        .with("didYouMean", results.didYouMean())
        .with("partial", results.partial())
        .with("didYouMeanHref", results.didYouMean() == null ? null : "/recherche?q=" + encode(results.didYouMean()))
        .with("clearFiltersHref", "/recherche?q=" + encode(results.query()))
        .with("byDate", request.order() == SearchRequest.Order.DATE)
        .with("page", results.page())
        .with("pageCount", results.pageCount())
        .with("previousHref", results.page() > 1 ? pageHref(request, results.page() - 1) : null)
        .with("nextHref", results.page() < results.pageCount() ? pageHref(request, results.page() + 1) : null);
  }

  private List<Map<String, Object>> hits(SearchResults results) {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResults.Hit hit : results.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", hit.title());
      m.put("url", hit.url());
      m.put("typeLabel", typeLabel(results, hit.type()));
      m.put("snippetHtml", hit.snippetHtml());
      m.put("date", DAY.format(hit.date()));
      m.put("isoDate", hit.date().toLocalDate().toString());
      hits.add(m);
    }
    return hits;
  }

  private static String typeLabel(SearchResults results, String type) {
    return results.facets().getOrDefault(SearchFacets.TYPE, List.of()).stream()
        .filter(v -> v.value().equals(type)).map(SearchResults.FacetValue::label).findFirst().orElse(type);
  }

  private static List<Map<String, Object>> facets(SearchResults results) {
    List<Map<String, Object>> facets = new ArrayList<>();
    for (String name : SearchFacets.NAMES) {
      List<SearchResults.FacetValue> values = results.facets().getOrDefault(name, List.of());
      if (values.isEmpty()) {
        continue;
      }
      List<Map<String, Object>> options = new ArrayList<>();
      int n = 0;
      for (SearchResults.FacetValue v : values) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("value", v.value());
        o.put("label", v.label());
        o.put("count", v.count());
        o.put("selected", v.selected());
        o.put("id", "facette-" + name + "-" + n++);
        options.add(o);
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("name", "facet." + name);
      f.put("label", SearchFacets.label(name));
      f.put("options", options);
      facets.add(f);
    }
    return facets;
  }

  private static String pageHref(SearchRequest request, int page) {
    StringBuilder href = new StringBuilder("/recherche?q=").append(encode(request.text()));
    for (Map.Entry<String, Set<String>> f : request.filters().entrySet()) {
      for (String value : f.getValue()) {
        href.append("&facet.").append(f.getKey()).append('=').append(encode(value));
      }
    }
    if (request.order() == SearchRequest.Order.DATE) {
      href.append("&sort=date");
    }
    return href.append("&page=").append(page).toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
