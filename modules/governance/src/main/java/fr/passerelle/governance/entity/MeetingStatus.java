package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Where a meeting stands. */
public enum MeetingStatus implements Term {
    PLANIFIEE("planifiee", "Planifiée"),
    TENUE("tenue", "Tenue"),
    ANNULEE("annulee", "Annulée");

    private final String code;
    private final String label;

    MeetingStatus(String code, String label) {
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

    public static Optional<MeetingStatus> fromCode(String code) {
        return Term.fromCode(MeetingStatus.class, code);
    }
}
