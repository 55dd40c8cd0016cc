package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** What an agenda item is expected to produce. */
public enum Outcome implements Term {
    INFORMATION("information", "Information"),
    DEBAT("debat", "Débat"),
    DECISION("decision", "Décision");

    private final String code;
    private final String label;

    Outcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<Outcome> fromCode(String code) {
        return Term.fromCode(Outcome.class, code);
    }
}
