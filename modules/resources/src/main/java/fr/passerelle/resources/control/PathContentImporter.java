package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.resources.entity.MethodPath;
import fr.passerelle.resources.entity.PathStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports {@code content/resources/parcours/*.md}: a path's title, summary and introduction (the body), and
 * its {@code steps} (title, text, resources by slug). After the resources, whose slugs the steps name.
 */
@ApplicationScoped
public class PathContentImporter implements ContentImporter {

    static final int MAX_STEPS = 30;
    static final int STEP_TEXT_MAX = 2000;

    @Inject
    PathRepository paths;

    @Inject
    ResourceRepository resources;

    @Inject
    Clock clock;

    @Override
    public String moduleId() {
        return "resources/parcours";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String slug = file.slug();
        String title;
        String summary;
        String introduction;
        try {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            title = TextFields.line(errors, "title", file.optionalText("title"), ResourceDescription.TITLE_MAX);
            summary = TextFields.text(errors, "summary", file.optionalText("summary"), ResourceDescription.SUMMARY_MAX);
            introduction = TextFields.text(errors, "body", file.body(), ResourceDescription.BODY_MAX);
            errors.throwIfAny();
        } catch (InvalidInput e) {
            FieldError first = e.errors().get(0);
            throw new ContentError(file.lineOf(first.getField()), "champ « " + first.getField() + " » " + first.getMessage());
        }
        List<PathStep> steps = steps(file);
        String hash = ContentHash.of(slug, title, summary, introduction, steps.stream()
                .map(s -> s.getTitle() + "\u0001" + s.getText() + "\u0001" + String.join(",", s.getResourceSlugs()))
                .reduce("", (a, b) -> a + "\u0002" + b));
        var existing = paths.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        MethodPath path = existing.orElseGet(() -> new MethodPath(slug));
        path.describe(title, summary, introduction, steps, hash, OffsetDateTime.now(clock));
        if (existing.isEmpty()) {
            paths.add(path);
        }
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    private List<PathStep> steps(ContentFile file) {
        int line = file.lineOf("steps");
        if (!(file.fields().get("steps") instanceof List<?> raw) || raw.isEmpty()) {
            throw new ContentError(line, "le champ « steps » doit être une liste d'étapes (title, text, resources)");
        }
        if (raw.size() > MAX_STEPS) {
            throw new ContentError(line, "un parcours compte au plus " + MAX_STEPS + " étapes");
        }
        List<PathStep> steps = new ArrayList<>();
        for (Object item : raw) {
            int n = steps.size() + 1;
            if (!(item instanceof Map<?, ?> step)) {
                throw new ContentError(line, "étape " + n + " : title, text et resources attendus");
            }
            InvalidInput.Collector errors = new InvalidInput.Collector();
            String title = TextFields.line(errors, "title", string(step.get("title")), ResourceDescription.TITLE_MAX);
            String text = TextFields.text(errors, "text", string(step.get("text")), STEP_TEXT_MAX);
            if (!errors.isEmpty()) {
                try {
                    errors.throwIfAny();
                } catch (InvalidInput e) {
                    throw new ContentError(line, "étape " + n + " : " + e.getMessage());
                }
            }
            List<String> slugs = slugs(step.get("resources"), n, line);
            steps.add(new PathStep(n, title, text, slugs));
        }
        return steps;
    }

    private List<String> slugs(Object value, int n, int line) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new ContentError(line, "étape " + n + " : « resources » doit lister au moins une ressource par son slug");
        }
        List<String> slugs = list.stream().map(String::valueOf).map(String::strip).distinct().toList();
        for (String s : slugs) {
            if (!Slugs.isValid(s) || resources.bySlug(s).isEmpty()) {
                throw new ContentError(line, "étape " + n + " : aucune ressource ne porte le slug « " + s + " »");
            }
        }
        return slugs;
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
