package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.resources.entity.Licence;
import fr.passerelle.resources.entity.ResourceType;

/** The checked text of a resource: what every way in (API, form, content file) must satisfy. */
public record ResourceDescription(String title, String summary, String body, ResourceType type, Licence licence) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MAX = 200_000;

    /** @throws InvalidInput naming every field at fault */
    public static ResourceDescription check(String title, String summary, String body, String type, String licence) {
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
        errors.throwIfAny();
        return new ResourceDescription(t, s, b, rt, l);
    }
}
