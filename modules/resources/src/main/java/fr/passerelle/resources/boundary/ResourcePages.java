package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.kernel.web.View;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("ressources")
@Produces(MediaType.TEXT_HTML)
public class ResourcePages {

    @Inject
    ResourceRepository resources;

    @GET
    public View list(@QueryParam("page") String page) {
        Paging paging = Paging.parse(page, null);
        long total = resources.countPublished();
        List<Map<String, Object>> items = resources.published(paging).stream().map(ResourcePages::card).toList();
        return View.of("resources/list.vm", "Ressources")
                .with("items", items)
                .with("total", total)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total));
    }

    @GET
    @Path("{slug}")
    public View show(@PathParam("slug") String slug) {
        Resource r = resources.publishedBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Cette ressource n'existe pas ou n'est pas publiée."));
        Map<String, Object> view = card(r);
        view.put("bodyHtml", Markdown.toHtml(r.getBody()));
        view.put("licenceLabel", r.getLicence().label());
        view.put("licenceUrl", r.getLicence().url());
        return View.of("resources/show.vm", r.getTitle()).with("resource", view);
    }

    private static Map<String, Object> card(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", r.getSlug());
        m.put("title", r.getTitle());
        m.put("summary", r.getSummary());
        m.put("type", r.getType().label());
        m.put("licence", r.getLicence().id());
        m.put("themes", r.getThemes().stream().map(Theme::label).toList());
        m.put("audiences", r.getAudiences().stream().map(Audience::label).toList());
        m.put("publishedAt", r.getPublishedAt() == null ? "" : r.getPublishedAt().toLocalDate().toString());
        return m;
    }
}
