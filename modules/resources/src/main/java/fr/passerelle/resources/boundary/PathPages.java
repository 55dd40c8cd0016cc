package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.kernel.web.View;
import fr.passerelle.resources.control.PathRepository;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.MethodPath;
import fr.passerelle.resources.entity.PathStep;
import fr.passerelle.resources.entity.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The methodology paths: the list, and one path with its steps in order (previous / next). */
@Path("parcours")
@Produces(MediaType.TEXT_HTML)
public class PathPages {

    @Inject
    PathRepository paths;

    @Inject
    ResourceRepository resources;

    @GET
    public View list() {
        return View.of("resources/paths.vm", "Parcours méthodologiques")
                .with("paths", paths.all().stream().map(p -> Map.of("title", p.getTitle(), "url", p.getPath(),
                        "summary", p.getSummary(), "steps", p.getSteps().size())).toList());
    }

    @GET
    @Path("{slug}")
    public View show(@PathParam("slug") String slug) {
        MethodPath p = paths.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("Aucun parcours ne porte cet identifiant."));
        Map<String, Resource> published = resources.publishedBySlugs(p.getSteps().stream()
                .flatMap(s -> s.getResourceSlugs().stream()).toList());
        List<PathStep> steps = p.getSteps();
        List<Map<String, Object>> stepViews = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PathStep s = steps.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", s.getNumber());
            m.put("anchor", "etape-" + s.getNumber());
            m.put("href", "#etape-" + s.getNumber());
            m.put("title", s.getTitle());
            m.put("text", s.getText());
            m.put("resources", s.getResourceSlugs().stream().map(published::get).filter(Objects::nonNull)
                    .map(ResourceCards::card).toList());
            m.put("previous", i > 0 ? link(steps.get(i - 1)) : null);
            m.put("next", i < steps.size() - 1 ? link(steps.get(i + 1)) : null);
            stepViews.add(m);
        }
        return View.of("resources/path.vm", p.getTitle())
                .with("path", Map.of("title", p.getTitle(), "summary", p.getSummary(), "count", steps.size(),
                        "introductionHtml", Markdown.toHtml(p.getIntroduction())))
                .with("steps", stepViews);
    }

    private static Map<String, Object> link(PathStep s) {
        return Map.of("href", "#etape-" + s.getNumber(), "title", s.getTitle(), "number", s.getNumber());
    }
}
