package fr.passerelle.kernel.vocabulary;

import fr.passerelle.kernel.errors.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a list of vocabulary codes as people send them (themes, audiences…): every unknown code is named in one
 * French message, so that a form or a script learns all its mistakes at once.
 */
public final class Terms {

    /** How many unknown codes a message names; a list of thousands would otherwise be echoed whole. */
    static final int NAMED_MAX = 5;

    private Terms() {
    }

    /**
     * @param noun what one code is, in French and singular ("thème", "public"); the plural adds an "s"
     * @return the known values, in the order given, without repeats (empty for a null list)
     */
    public static <T extends Enum<T> & Term> Set<T> fromCodes(InvalidInput.Collector errors, String field, String noun,
                                                              List<String> codes, Class<T> vocabulary) {
        Set<T> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String c = code == null ? "" : code.strip();
            Term.fromCode(vocabulary, c).ifPresentOrElse(found::add, () -> unknown.add(c));
        }
        if (!unknown.isEmpty()) {
            List<String> named = unknown.stream().limit(NAMED_MAX).map(c -> "« " + (c.isEmpty() ? "(vide)" : clip(c)) + " »")
                    .toList();
            String more = unknown.size() > NAMED_MAX ? " et " + (unknown.size() - NAMED_MAX) + " autres" : "";
            errors.add(field, (unknown.size() == 1 ? "contient un " + noun + " inconnu : " : "contient des " + noun
                    + "s inconnus : ") + String.join(", ", named) + more + " (valeurs possibles : "
                    + Term.codes(vocabulary) + ")");
        }
        return found;
    }

    private static String clip(String code) {
        return code.codePointCount(0, code.length()) <= 60 ? code : code.substring(0, code.offsetByCodePoints(0, 60)) + "…";
    }
}
