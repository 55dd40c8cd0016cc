package fr.passerelle.kernel.errors;

import java.util.ArrayList;
import java.util.List;

/** Thrown by use cases when input breaks a rule; answered as 400 with the fields at fault. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.isEmpty() ? "Données invalides." : errors.get(0).getField() + " : " + errors.get(0).getMessage());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects field errors and throws them all at once. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
