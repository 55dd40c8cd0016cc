package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.web.View;
import fr.passerelle.resources.control.PathRepository;
import fr.passerelle.resources.control.ReportResource;
import fr.passerelle.resources.control.ResourceFilter;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.ReportReason;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceType;
import fr.passerelle.resources.entity.TerritorialLevel;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The public pages of the centre: the filtered list, a resource, and the report form. */
@Path("ressources")
@Produces(MediaType.TEXT_HTML)
public class ResourcePages {

    @Inject
    ResourceRepository resources;

    @Inject
    PathRepository paths;

    @Inject
    ResourcePolicy policy;

    @Inject
    ResourceDetails details;

    @Inject
    ReportResource reports;

    @Inject
    Caller caller;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("theme") String theme,
                     @QueryParam("audience") String audience, @QueryParam("level") String level,
                     @QueryParam("licence") String licence, @QueryParam("page") String page) {
        ResourceFilter filter = ResourceFilter.parse(type, theme, audience, level, licence, q);
        Paging paging = Paging.parse(page, null);
        long total = resources.countPublished(filter);
        List<Map<String, Object>> items = resources.published(filter, paging).stream().map(ResourceCards::card).toList();
        Map<String, String> kept = filter.parameters();
        long pageCount = paging.pageCount(total);
        return View.of("resources/list.vm", paging.page() > 1 ? "Ressources, page " + paging.page() : "Ressources")
                .with("items", items)
                .with("total", total)
                .with("page", paging.page())
                .with("pageCount", pageCount)
                .with("previousHref", paging.page() > 1 ? pageLink(kept, paging.page() - 1) : null)
                .with("nextHref", paging.page() < pageCount ? pageLink(kept, paging.page() + 1) : null)
                .with("filtered", !filter.isEmpty())
                .with("query", filter.query())
                .with("searchHref", QueryLinks.of("/recherche", filter.query().isEmpty()
                        ? Map.of("facet.type", "resource") : Map.of("q", filter.query(), "facet.type", "resource")))
                .with("types", Options.of(ResourceType.class, "filtre-type", chosen(filter.type() == null ? null : filter.type().code())))
                .with("themes", Options.of(Theme.class, "filtre-theme", chosen(filter.theme() == null ? null : filter.theme().code())))
                .with("audiences", Options.of(Audience.class, "filtre-public", chosen(filter.audience() == null ? null : filter.audience().code())))
                .with("levels", Options.of(TerritorialLevel.class, "filtre-niveau", chosen(filter.level() == null ? null : filter.level().code())))
                .with("licences", licenceOptions("filtre-licence", filter.licence() == null ? null : filter.licence().id()))
                .with("paths", paths.all().stream().map(p -> Map.of("title", p.getTitle(), "url", p.getPath(),
                        "summary", p.getSummary())).toList())
                .with("signedIn", caller.isSignedIn())
                .with("editor", policy.isEditor());
    }

    private static Set<String> chosen(String code) {
        return code == null ? Set.of() : Set.of(code);
    }

    private static String pageLink(Map<String, String> filter, long page) {
        Map<String, String> p = new LinkedHashMap<>(filter);
        if (page > 1) {
            p.put("page", String.valueOf(page));
        }
        return QueryLinks.of("/ressources", p);
    }

    static List<Map<String, Object>> licenceOptions(String idPrefix, String chosen) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Licence l : Licence.values()) {
            options.add(Options.option(idPrefix + "-" + l.id().toLowerCase(java.util.Locale.ROOT), l.id(), l.label(),
                    l.id().equals(chosen)));
        }
        return options;
    }

    @GET
    @Path("{slug}")
    public View show(@PathParam("slug") String slug, @QueryParam("message") String message) {
        Resource r = policy.readable(resources.bySlug(slug));
        return View.of("resources/show.vm", r.getTitle())
                .with("resource", details.of(r))
                .with("notice", Notices.text(message))
                .with("reasons", Options.of(ReportReason.class, "signalement-raison", Set.of()))
                .with("signedIn", caller.isSignedIn())
                .with("signInHref", "/connexion?retour=" + java.net.URLEncoder.encode(r.getPath(),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @POST
    @Path("{slug}/signaler")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("slug") String slug, @FormParam("reason") String reason,
                           @FormParam("details") String text) {
        policy.checkMayPropose();
        try {
            reports.report(slug, reason, text);
        } catch (InvalidInput e) {
            return Response.status(400).entity(show(slug, null)
                    .with("reportErrors", FormErrors.labelled(e, Map.of("reason", "la raison", "details", "la description")))
                    .with("reportDetails", text == null ? "" : text)
                    .with("reasons", Options.of(ReportReason.class, "signalement-raison",
                            reason == null ? Set.of() : Set.of(reason)))).build();
        }
        return Response.seeOther(URI.create("/ressources/" + slug + "?message=" + Notices.REPORTED)).build();
    }
}
