package fr.passerelle.territories.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Where an initiative stands in its life, as its team tells it. */
public enum InitiativeStatus implements Term {
    IDEE("idee", "Idée"),
    EN_PREPARATION("en-preparation", "En préparation"),
    EN_COURS("en-cours", "En cours"),
    TERMINEE("terminee", "Terminée"),
    ABANDONNEE("abandonnee", "Abandonnée");

    private final String code;
    private final String label;

    InitiativeStatus(String code, String label) {
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

    public static Optional<InitiativeStatus> fromCode(String code) {
        return Term.fromCode(InitiativeStatus.class, code);
    }

    public static String codes() {
        return Term.codes(InitiativeStatus.class);
    }
}
