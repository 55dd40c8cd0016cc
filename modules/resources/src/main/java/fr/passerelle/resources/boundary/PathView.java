package fr.passerelle.resources.boundary;

import fr.passerelle.resources.entity.MethodPath;
import fr.passerelle.resources.entity.PathStep;
import fr.passerelle.resources.entity.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A methodology path as the API shows it: its steps with the published resources each one points to. */
public record PathView(String slug, String title, String summary, String introduction, String url,
                       List<Step> steps) {

    /** A step; resources not (or no longer) published are left out. */
    public record Step(int number, String title, String text, List<StepResource> resources) {
    }

    public record StepResource(String slug, String title, String summary, String url) {
    }

    static PathView of(MethodPath p, Map<String, Resource> published) {
        return new PathView(p.getSlug(), p.getTitle(), p.getSummary(), p.getIntroduction(), p.getPath(),
                p.getSteps().stream().map(s -> step(s, published)).toList());
    }

    private static Step step(PathStep s, Map<String, Resource> published) {
        return new Step(s.getNumber(), s.getTitle(), s.getText(), s.getResourceSlugs().stream().map(published::get)
                .filter(Objects::nonNull)
                .map(r -> new StepResource(r.getSlug(), r.getTitle(), r.getSummary(), r.getPath())).toList());
    }
}
