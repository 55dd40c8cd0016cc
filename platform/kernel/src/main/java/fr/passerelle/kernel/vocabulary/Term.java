package fr.passerelle.kernel.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of a shared vocabulary: a stable code (lowercase ASCII with hyphens, stored and exchanged)
 * and the French label people read. Implemented by the vocabularies' enums.
 */
public interface Term {

    String code();

    String label();

    /** The value of {@code vocabulary} with this exact code, if any. */
    static <T extends Enum<T> & Term> Optional<T> fromCode(Class<T> vocabulary, String code) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(t -> t.code().equals(code)).findFirst();
    }

    /** Every code of {@code vocabulary}, comma-separated, for error messages. */
    static <T extends Enum<T> & Term> String codes(Class<T> vocabulary) {
        return String.join(", ", Arrays.stream(vocabulary.getEnumConstants()).map(Term::code).toList());
    }
}
