package fr.passerelle.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a page controller returns: a template, a French page title and the values it shows. */
public final class View {

    private final String template;
    private final String title;
    private final Map<String, Object> model = new LinkedHashMap<>();

    private View(String template, String title) {
        this.template = template;
        this.title = title;
    }

    /** @param template path below {@code templates/}, e.g. {@code resources/list.vm} */
    public static View of(String template, String title) {
        return new View(template, title);
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public String template() {
        return template;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> model() {
        return model;
    }
}
