package fr.passerelle.territories.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.errors.InvalidInput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Reading the nested parts of a content file's front matter (lists of small maps), and fingerprinting a file. */
final class ContentFields {

    private ContentFields() {
    }

    /** A list of maps such as {@code partners: [{name: …, role: …}]}; empty when absent. */
    static List<Map<String, Object>> maps(ContentFile file, String key) {
        Object value = file.fields().get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new ContentError(file.lineOf(key), "le champ « " + key + " » doit être une liste");
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new ContentError(file.lineOf(key), "chaque élément de « " + key + " » doit être une liste de champs « nom: valeur »");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            maps.add(typed);
        }
        return maps;
    }

    static String text(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return v == null ? null : v.toString();
    }

    static BigDecimal number(Map<String, Object> map, String key) {
        Object v = map.get(key);
        try {
            return v == null ? null : new BigDecimal(v.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String date(ContentFile file, String key) {
        var date = file.optionalDate(key);
        return date == null ? null : date.toString();
    }

    /** The first refusal of a check, as a content error on the field's line. */
    static ContentError error(ContentFile file, InvalidInput e) {
        String field = e.errors().get(0).getField();
        String top = field.replaceFirst("[\\[.].*$", "");
        return new ContentError(file.lineOf(top), "champ « " + field + " » " + e.errors().get(0).getMessage());
    }

    /** SHA-256 of the whole file as read: any change of the file is a change of the record. */
    static String hash(ContentFile file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.join("\n", file.frontMatterLines()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
