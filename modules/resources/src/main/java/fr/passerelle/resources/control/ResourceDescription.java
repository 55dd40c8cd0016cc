package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.resources.entity.ResourceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The checked text of a resource: what every way in (API, form, content file) must satisfy. */
public record ResourceDescription(String title, String summary, String body, ResourceType type, Licence licence,
                                  Set<Theme> themes, Set<Audience> audiences) {

    public ResourceDescription {
        themes = Set.copyOf(themes);
        audiences = Set.copyOf(audiences);
    }

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MAX = 200_000;

    /**
     * @param themes codes of {@link Theme}, null or empty for none
     * @param audiences codes of {@link Audience}, null or empty for none
     * @throws InvalidInput naming every field at fault
     */
    public static ResourceDescription check(String title, String summary, String body, String type, String licence,
                                            List<String> themes, List<String> audiences) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.line(errors, "title", title, TITLE_MAX);
        String s = TextFields.text(errors, "summary", summary, SUMMARY_MAX);
        String b = TextFields.text(errors, "body", body, BODY_MAX);
        ResourceType rt = null;
        if (type == null || type.isBlank()) {
            errors.add("type", "est obligatoire (valeurs possibles : " + ResourceType.codes() + ")");
        } else {
            rt = ResourceType.fromCode(type.strip()).orElse(null);
            if (rt == null) {
                errors.add("type", "est inconnu (valeurs possibles : " + ResourceType.codes() + ")");
            }
        }
        Licence l = Licence.DEFAULT;
        if (licence != null && !licence.isBlank()) {
            l = Licence.fromId(licence.strip()).orElse(null);
            if (l == null) {
                errors.add("licence", "est inconnue (valeurs possibles : " + Licence.ids() + ")");
            }
        }
        Set<Theme> th = terms(errors, "themes", "thème", themes, Theme.class);
        Set<Audience> au = terms(errors, "audiences", "public", audiences, Audience.class);
        errors.throwIfAny();
        return new ResourceDescription(t, s, b, rt, l, th, au);
    }

    private static <T extends Enum<T> & Term> Set<T> terms(InvalidInput.Collector errors, String field, String noun,
                                                          List<String> codes, Class<T> vocabulary) {
        Set<T> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String c = code == null ? "" : code.strip();
            Term.fromCode(vocabulary, c).ifPresentOrElse(found::add, () -> unknown.add("« " + (c.isEmpty() ? "(vide)" : c) + " »"));
        }
        if (!unknown.isEmpty()) {
            errors.add(field, (unknown.size() == 1 ? "contient un " + noun + " inconnu : " : "contient des " + noun
                    + "s inconnus : ") + String.join(", ", unknown) + " (valeurs possibles : "
                    + Term.codes(vocabulary) + ")");
        }
        return found;
    }
}
