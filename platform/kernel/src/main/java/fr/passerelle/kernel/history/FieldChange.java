package fr.passerelle.kernel.history;

/** One field's value before and after a change, as text; null where there was or is no value. */
public record FieldChange(String field, String before, String after) {
}
