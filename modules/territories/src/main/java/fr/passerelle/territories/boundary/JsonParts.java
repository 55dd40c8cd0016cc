package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.vocabulary.Term;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/** Small pieces of the module's JSON answers. */
final class JsonParts {

    private JsonParts() {
    }

    static JsonObjectBuilder object() {
        return jakarta.json.Json.createObjectBuilder();
    }

    static JsonArrayBuilder array() {
        return jakarta.json.Json.createArrayBuilder();
    }

    /** {@code {"code": …, "label": …}} */
    static JsonObjectBuilder term(Term term) {
        return object().add("code", term.code()).add("label", term.label());
    }

    static JsonArrayBuilder terms(Collection<? extends Term> terms) {
        JsonArrayBuilder a = array();
        terms.forEach(t -> a.add(term(t)));
        return a;
    }

    static JsonObjectBuilder place(String code, String name) {
        return object().add("code", code).add("name", name);
    }

    /** Adds a text, or JSON null. */
    static JsonObjectBuilder add(JsonObjectBuilder b, String key, Object value) {
        return value == null ? b.addNull(key) : b.add(key, value.toString());
    }
}
