package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;

/** The text rules of the kernel ({@link TextFields}) for fields that may be left empty. */
final class InputText {

    private InputText() {
    }

    /** An optional single-line text: trimmed, or an empty string. */
    static String optionalLine(InvalidInput.Collector errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return TextFields.line(errors, field, value, max);
    }
}
