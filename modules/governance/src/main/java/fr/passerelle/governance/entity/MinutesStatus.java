package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** The steps of a meeting's minutes, in order: each may only follow the one before. */
public enum MinutesStatus implements Term {
    BROUILLON("brouillon", "Brouillon"),
    EN_RELECTURE("en-relecture", "En relecture"),
    APPROUVE("approuve", "Approuvé"),
    PUBLIE("publie", "Publié");

    private final String code;
    private final String label;

    MinutesStatus(String code, String label) {
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

    public static Optional<MinutesStatus> fromCode(String code) {
        return Term.fromCode(MinutesStatus.class, code);
    }
}
