package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.resources.control.ResourceInput;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceType;
import fr.passerelle.resources.entity.TerritorialLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The "Proposer une ressource" / "Modifier" form: from the posted fields to a {@link ResourceInput}, and from
 * an input (typed or stored) back to the values, options and errors the template shows.
 */
final class ResourceForm {

    private ResourceForm() {
    }

    /** The posted fields, by name, in order (repeated names for checkboxes). */
    static ResourceInput input(Function<String, List<String>> fields) {
        return new ResourceInput(first(fields, "title"), first(fields, "summary"), first(fields, "body"),
                first(fields, "type"), first(fields, "licence"), fields.apply("themes"), fields.apply("audiences"),
                first(fields, "level"), first(fields, "producer"), first(fields, "producerUrl"),
                first(fields, "externalUrl"));
    }

    private static String first(Function<String, List<String>> fields, String name) {
        List<String> values = fields.apply(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static ResourceInput of(Resource r) {
        return new ResourceInput(r.getTitle(), r.getSummary(), r.getBody(), r.getType().code(), r.getLicence().id(),
                codes(r.getThemes()), codes(r.getAudiences()),
                r.getTerritorialLevel().map(TerritorialLevel::code).orElse(null), r.getProducerName(),
                r.getProducerUrl(), r.getExternalUrl());
    }

    private static List<String> codes(List<? extends Term> terms) {
        return terms.stream().map(Term::code).toList();
    }

    /** Template values: {@code typed.title} (not "values", which Velocity reads as Map.values())…, option lists with the chosen ones, {@code errors.<field>}. */
    static Map<String, Object> model(ResourceInput in, Map<String, String> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", text(in.title()));
        values.put("summary", text(in.summary()));
        values.put("body", text(in.body()));
        values.put("producer", text(in.producerName()));
        values.put("producerUrl", text(in.producerUrl()));
        values.put("externalUrl", text(in.externalUrl()));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("typed", values);
        form.put("types", Options.of(ResourceType.class, "champ-type", set(in.type())));
        form.put("levels", Options.of(TerritorialLevel.class, "champ-niveau", set(in.level())));
        form.put("licences", ResourcePages.licenceOptions("champ-licence",
                in.licence() == null || in.licence().isBlank() ? "etalab-2.0" : in.licence()));
        form.put("themes", Options.of(Theme.class, "champ-theme", in.themes() == null ? Set.of() : Set.copyOf(in.themes())));
        form.put("audiences", Options.of(Audience.class, "champ-public",
                in.audiences() == null ? Set.of() : Set.copyOf(in.audiences())));
        form.put("errors", errors);
        form.put("hasErrors", !errors.isEmpty());
        return form;
    }

    static ResourceInput empty() {
        return new ResourceInput(null, null, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Set<String> set(String code) {
        return code == null || code.isBlank() ? Set.of() : Set.of(code.strip());
    }
}
