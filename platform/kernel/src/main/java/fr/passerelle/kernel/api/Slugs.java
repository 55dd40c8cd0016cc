package fr.passerelle.kernel.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs are lowercase ASCII words joined by hyphens: {@code pass-numerique-mode-d-emploi}. */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
