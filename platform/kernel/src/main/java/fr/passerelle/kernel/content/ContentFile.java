package fr.passerelle.kernel.content;

import fr.passerelle.kernel.api.Slugs;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * One parsed content file: YAML front matter and a Markdown body. Accessors report problems as
 * {@link ContentError}s naming the field and its line, so an author can find the mistake.
 */
public record ContentFile(String name, Map<String, Object> fields, String body, List<String> frontMatterLines,
                          int bodyLine) {

    /** The slug: the {@code slug} field, or the file name without {@code .md}. */
    public String slug() {
        String slug = fields.containsKey("slug") ? text("slug") : name.replaceFirst("\\.md$", "");
        if (!Slugs.isValid(slug)) {
            throw new ContentError(lineOf("slug"), "slug invalide « " + slug
                    + " » : lettres minuscules sans accent, chiffres et tirets uniquement");
        }
        return slug;
    }

    public String text(String key) {
        Object value = fields.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ContentError(lineOf(key), "le champ « " + key + " » est obligatoire");
        }
        if (value instanceof Map || value instanceof List) {
            throw new ContentError(lineOf(key), "le champ « " + key + " » doit être un texte");
        }
        return value.toString().trim();
    }

    public String optionalText(String key) {
        return fields.get(key) == null ? null : text(key);
    }

    public List<String> list(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).toList();
        }
        if (value instanceof Map) {
            throw new ContentError(lineOf(key), "le champ « " + key + " » doit être une liste");
        }
        return List.of(value.toString().trim());
    }

    public LocalDate optionalDate(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ContentError(lineOf(key), "le champ « " + key + " » doit être une date AAAA-MM-JJ");
        }
    }

    /** The line of {@code key} in the file, counting the opening {@code ---} as line 1; 0 if absent. */
    public int lineOf(String key) {
        for (int i = 0; i < frontMatterLines.size(); i++) {
            if (frontMatterLines.get(i).startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 0;
    }
}
