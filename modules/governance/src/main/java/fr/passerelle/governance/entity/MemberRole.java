package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** A member's role in a body. */
public enum MemberRole implements Term {
    PRESIDENCE("presidence", "Présidence"),
    SECRETARIAT("secretariat", "Secrétariat"),
    MEMBRE("membre", "Membre"),
    SUPPLEANT("suppleant", "Suppléant ou suppléante"),
    OBSERVATEUR("observateur", "Observateur ou observatrice");

    private final String code;
    private final String label;

    MemberRole(String code, String label) {
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

    public static Optional<MemberRole> fromCode(String code) {
        return Term.fromCode(MemberRole.class, code);
    }
}
