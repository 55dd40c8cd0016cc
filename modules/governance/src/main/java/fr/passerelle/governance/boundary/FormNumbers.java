package fr.passerelle.governance.boundary;

import fr.passerelle.kernel.errors.InvalidInput;

/** Whole numbers typed in page forms: empty is none, anything else not a number is a field error. */
final class FormNumbers {

    private FormNumbers() {
    }

    static Integer parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "doit être un nombre entier");
        }
    }
}
