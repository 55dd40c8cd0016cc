package fr.passerelle.kernel.history;

import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Collects the fields that differ between two states of an entity, as text. Collections are compared as
 * sorted sets (the order of themes is not a change); vocabulary values and licences are written as their codes.
 */
public final class Changes {

    private final List<FieldChange> changes = new ArrayList<>();

    public Changes compare(String field, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public boolean touches(String field) {
        return changes.stream().anyMatch(c -> c.field().equals(field));
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            TreeSet<String> sorted = new TreeSet<>();
            values.forEach(v -> sorted.add(text(v)));
            return sorted.isEmpty() ? null : String.join(", ", sorted);
        }
        if (value instanceof Term term) {
            return term.code();
        }
        if (value instanceof Licence licence) {
            return licence.id();
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }
}
