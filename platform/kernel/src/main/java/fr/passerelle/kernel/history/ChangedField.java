package fr.passerelle.kernel.history;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored form of a {@link FieldChange}, a row of {@code kernel_change_field}. */
@Embeddable
public class ChangedField {

    @Column(nullable = false)
    private String field;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected ChangedField() {
    }

    ChangedField(FieldChange change) {
        this.field = change.field();
        this.before = change.before();
        this.after = change.after();
    }

    FieldChange toChange() {
        return new FieldChange(field, before, after);
    }
}
