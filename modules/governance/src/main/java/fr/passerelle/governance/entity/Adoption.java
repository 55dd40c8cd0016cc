package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** How a decision was taken. */
public enum Adoption implements Term {
    VOTE("vote", "Vote"),
    CONSENSUS("consensus", "Consensus");

    private final String code;
    private final String label;

    Adoption(String code, String label) {
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

    public static Optional<Adoption> fromCode(String code) {
        return Term.fromCode(Adoption.class, code);
    }
}
