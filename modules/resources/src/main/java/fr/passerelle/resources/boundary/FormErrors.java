package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused form's messages by field, for showing each next to its input. */
final class FormErrors {

    private FormErrors() {
    }

    /** "Label : message" for each error, with French field labels. */
    static java.util.List<String> labelled(InvalidInput e, Map<String, String> labels) {
        return e.errors().stream().map(f -> labels.getOrDefault(f.getField(), f.getField()) + " " + f.getMessage())
                .toList();
    }

    static Map<String, String> of(InvalidInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            byField.merge(error.getField(), error.getMessage(), (a, b) -> a + " ; " + b);
        }
        return byField;
    }
}
