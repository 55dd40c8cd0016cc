package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of a vocabulary as form options: code, label, whether chosen, and an element id. */
final class Options {

    private Options() {
    }

    static <T extends Enum<T> & Term> List<Map<String, Object>> of(Class<T> vocabulary, String idPrefix,
                                                                  Collection<String> chosen) {
        return Arrays.stream(vocabulary.getEnumConstants())
                .map(t -> option(idPrefix + "-" + t.code(), t.code(), t.label(), chosen.contains(t.code())))
                .toList();
    }

    static Map<String, Object> option(String id, String value, String label, boolean selected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("value", value);
        m.put("label", label);
        m.put("selected", selected);
        return m;
    }
}
