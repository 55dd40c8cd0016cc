package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Terms;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.resources.entity.ResourceType;
import fr.passerelle.resources.entity.TerritorialLevel;
import java.util.List;
import java.util.Set;

/** The checked content of a resource: what every way in (API, form, content file) must satisfy. */
public record ResourceDescription(String title, String summary, String body, ResourceType type, Licence licence,
                                  Set<Theme> themes, Set<Audience> audiences, TerritorialLevel level,
                                  String producerName, String producerUrl, String externalUrl) {

    public ResourceDescription {
        themes = Set.copyOf(themes);
        audiences = Set.copyOf(audiences);
    }

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MAX = 200_000;
    public static final int PRODUCER_MAX = 200;

    /** @throws InvalidInput naming every field at fault, with French messages */
    public static ResourceDescription check(ResourceInput in) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.line(errors, "title", in.title(), TITLE_MAX);
        String s = TextFields.text(errors, "summary", in.summary(), SUMMARY_MAX);
        String b = TextFields.text(errors, "body", in.body(), BODY_MAX);
        List<String> unsafe = BodyLinks.unsafe(b);
        if (!unsafe.isEmpty()) {
            errors.add("body", "contient un lien refusé (seules les adresses https://, http://, mailto: et les pages "
                    + "du site sont acceptées) : « " + abbreviate(unsafe.get(0)) + " »");
        }
        ResourceType rt = type(errors, in.type());
        Licence l = Licence.DEFAULT;
        if (in.licence() != null && !in.licence().isBlank()) {
            l = Licence.fromId(in.licence().strip()).orElse(null);
            if (l == null) {
                errors.add("licence", "est inconnue (valeurs possibles : " + Licence.ids() + ")");
            }
        }
        Set<Theme> th = Terms.fromCodes(errors, "themes", "thème", in.themes(), Theme.class);
        Set<Audience> au = Terms.fromCodes(errors, "audiences", "public", in.audiences(), Audience.class);
        TerritorialLevel level = null;
        if (in.level() != null && !in.level().isBlank()) {
            level = TerritorialLevel.fromCode(in.level().strip()).orElse(null);
            if (level == null) {
                errors.add("level", "est inconnu (valeurs possibles : " + TerritorialLevel.codes() + ")");
            }
        }
        String producer = in.producerName() == null || in.producerName().isBlank() ? null
                : TextFields.line(errors, "producer", in.producerName(), PRODUCER_MAX);
        String producerUrl = WebLinks.optional(errors, "producerUrl", in.producerUrl());
        if (producerUrl != null && producer == null) {
            errors.add("producer", "est obligatoire quand l'adresse du producteur est donnée");
        }
        String externalUrl = WebLinks.optional(errors, "externalUrl", in.externalUrl());
        errors.throwIfAny();
        return new ResourceDescription(t, s, b, rt, l, th, au, level, producer, producerUrl, externalUrl);
    }

    private static ResourceType type(InvalidInput.Collector errors, String type) {
        if (type == null || type.isBlank()) {
            errors.add("type", "est obligatoire (valeurs possibles : " + ResourceType.codes() + ")");
            return null;
        }
        ResourceType rt = ResourceType.fromCode(type.strip()).orElse(null);
        if (rt == null) {
            errors.add("type", "est inconnu (valeurs possibles : " + ResourceType.codes() + ")");
        }
        return rt;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
