package fr.passerelle.kernel.api;

import fr.passerelle.kernel.errors.InvalidInput;
import java.util.regex.Pattern;

/**
 * Rules shared by every text a person types: length counted in characters people see (code points),
 * no control characters; single-line fields also refuse line breaks. Messages are French.
 */
public final class TextFields {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\u2028\\u2029]");

    private TextFields() {
    }

    /** A required single-line text such as a title; returns it trimmed. */
    public static String line(InvalidInput.Collector errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(field, "est obligatoire");
            return null;
        }
        String v = value.strip();
        if (LINE_BREAK.matcher(v).find() || CONTROL.matcher(v).find()) {
            errors.add(field, "ne doit contenir ni retour à la ligne ni caractère de contrôle");
        } else if (v.codePointCount(0, v.length()) > max) {
            errors.add(field, "ne doit pas dépasser " + max + " caractères");
        }
        return v;
    }

    /** An optional multi-line text; returns it trimmed, or an empty string. */
    public static String text(InvalidInput.Collector errors, String field, String value, int max) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        if (CONTROL.matcher(v).find()) {
            errors.add(field, "ne doit pas contenir de caractère de contrôle");
        } else if (v.codePointCount(0, v.length()) > max) {
            errors.add(field, "ne doit pas dépasser " + max + " caractères");
        }
        return v;
    }
}
