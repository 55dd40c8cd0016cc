package fr.passerelle.governance.control;

import fr.passerelle.kernel.content.ContentError;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Reads the nested YAML of governance content files (lists of maps), reporting mistakes as {@link ContentError}s
 * naming the list and the entry. YAML dates are read as text, quoted or not.
 */
final class ContentValues {

    private final Map<String, Object> map;
    private final String where;
    private final int line;

    private ContentValues(Map<String, Object> map, String where, int line) {
        this.map = map;
        this.where = where;
        this.line = line;
    }

    static ContentValues of(Map<String, Object> map, String where, int line) {
        return new ContentValues(map, where, line);
    }

    /** The entries of a list of maps ({@code colleges}, {@code members}…); empty when absent. */
    @SuppressWarnings("unchecked")
    List<ContentValues> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new ContentError(line, where + " : « " + key + " » doit être une liste");
        }
        java.util.ArrayList<ContentValues> out = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> m)) {
                throw new ContentError(line, where + " : l'élément " + (i + 1) + " de « " + key + " » doit être une liste "
                        + "de champs « nom: valeur »");
            }
            out.add(new ContentValues((Map<String, Object>) m, where + ", " + key + " n° " + (i + 1), line));
        }
        return out;
    }

    ContentValues map(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new ContentError(line, where + " : « " + key + " » doit être une liste de champs");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) m;
        return new ContentValues(typed, where + ", " + key, line);
    }

    /** A scalar as text, or null; dates as {@code AAAA-MM-JJ} or ISO instants. */
    String text(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            var at = d.toInstant().atOffset(ZoneOffset.UTC);
            return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
        }
        if (value instanceof Map || value instanceof List) {
            throw new ContentError(line, where + " : « " + key + " » doit être un texte");
        }
        return value.toString().strip();
    }

    String required(String key) {
        String v = text(key);
        if (v == null || v.isBlank()) {
            throw new ContentError(line, where + " : le champ « " + key + " » est obligatoire");
        }
        return v;
    }

    Integer number(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new ContentError(line, where + " : « " + key + " » doit être un nombre entier");
        }
    }

    boolean flag(String key) {
        return "true".equalsIgnoreCase(text(key));
    }

    List<String> strings(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).map(String::strip).toList();
        }
        return List.of(value.toString().strip());
    }

    String where() {
        return where;
    }

    /** A content error at this entry. */
    ContentError error(String message) {
        return new ContentError(line, where + " : " + message);
    }
}
