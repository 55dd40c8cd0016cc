package fr.passerelle.kernel.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
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

    /**
     * The slug of {@code title}, or {@code fallback} when the title has no letter or digit, numbered {@code -2},
     * {@code -3}… until {@code taken} says it is free; the number is kept within {@link #MAX_LENGTH}. A module's
     * check is only a first look: its table's unique constraint has the last word when two requests race.
     */
    public static String firstFree(String title, String fallback, Predicate<String> taken) {
        String base = of(title);
        if (base.isEmpty()) {
            base = of(fallback);
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > MAX_LENGTH
                    ? base.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : base;
            candidate = stem + suffix;
        }
        return candidate;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
