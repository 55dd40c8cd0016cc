package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Where an action stands; done and abandoned actions are closed. */
public enum ActionStatus implements Term {
    A_FAIRE("a-faire", "À faire"),
    EN_COURS("en-cours", "En cours"),
    FAITE("faite", "Faite"),
    ABANDONNEE("abandonnee", "Abandonnée");

    private final String code;
    private final String label;

    ActionStatus(String code, String label) {
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

    /** Done or abandoned: no longer followed, never late. */
    public boolean isClosed() {
        return this == FAITE || this == ABANDONNEE;
    }

    public static Optional<ActionStatus> fromCode(String code) {
        return Term.fromCode(ActionStatus.class, code);
    }
}
