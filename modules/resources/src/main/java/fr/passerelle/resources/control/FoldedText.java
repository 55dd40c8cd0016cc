package fr.passerelle.resources.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text reduced to lowercase words without accents, separated by single spaces: what the listing's
 * search box compares, so that "numerique" finds "numérique" the same way on H2 and PostgreSQL.
 */
public final class FoldedText {

    private FoldedText() {
    }

    public static String of(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                sb.append(' ').append(part);
            }
        }
        String ascii = Normalizer.normalize(sb, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        String words = ascii.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.isEmpty() ? "" : " " + words + " ";
    }

    /** The words of a query, folded the same way; at most {@code max} of them. */
    public static List<String> words(String query, int max) {
        String folded = of(query).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).distinct().limit(max).toList();
    }
}
