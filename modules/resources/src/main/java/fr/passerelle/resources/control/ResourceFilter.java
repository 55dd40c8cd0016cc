package fr.passerelle.resources.control;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.resources.entity.ResourceType;
import fr.passerelle.resources.entity.TerritorialLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a listing of published resources is narrowed to: one value per vocabulary at most, and the words of
 * the search box (all must appear, as word beginnings, in the resource's folded text).
 */
public record ResourceFilter(ResourceType type, Theme theme, Audience audience, TerritorialLevel level,
                             Licence licence, String query, List<String> words) {

    public static final int MAX_WORDS = 8;
    public static final int QUERY_MAX = 200;
    public static final ResourceFilter NONE = new ResourceFilter(null, null, null, null, null, "", List.of());

    /** @throws InvalidInput naming each parameter with an unknown value */
    public static ResourceFilter parse(String type, String theme, String audience, String level, String licence,
                                       String query) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ResourceType t = code(errors, "type", type, ResourceType::fromCode, ResourceType.codes());
        Theme th = code(errors, "theme", theme, Theme::fromCode, Theme.codes());
        Audience au = code(errors, "audience", audience, Audience::fromCode, Audience.codes());
        TerritorialLevel le = code(errors, "level", level, TerritorialLevel::fromCode, TerritorialLevel.codes());
        Licence li = code(errors, "licence", licence, Licence::fromId, Licence.ids());
        String q = query == null ? "" : query.strip();
        if (q.length() > QUERY_MAX) {
            errors.add("q", "ne doit pas dépasser " + QUERY_MAX + " caractères");
        }
        errors.throwIfAny();
        return new ResourceFilter(t, th, au, le, li, q, FoldedText.words(q, MAX_WORDS));
    }

    private static <T> T code(InvalidInput.Collector errors, String name, String raw,
                              Function<String, Optional<T>> lookup, String allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<T> found = lookup.apply(raw.strip());
        if (found.isEmpty()) {
            errors.add(name, "valeur inconnue (valeurs possibles : " + allowed + ")");
        }
        return found.orElse(null);
    }

    public boolean isEmpty() {
        return type == null && theme == null && audience == null && level == null && licence == null
                && words.isEmpty();
    }

    /** The filter as query parameters (codes), in a fixed order, for links that keep it (pagination). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            p.put("q", query);
        }
        if (type != null) {
            p.put("type", type.code());
        }
        if (theme != null) {
            p.put("theme", theme.code());
        }
        if (audience != null) {
            p.put("audience", audience.code());
        }
        if (level != null) {
            p.put("level", level.code());
        }
        if (licence != null) {
            p.put("licence", licence.id());
        }
        return p;
    }
}
