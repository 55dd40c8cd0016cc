package fr.passerelle.resources.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** The scale of local government a resource is written for. */
public enum TerritorialLevel implements Term {
    COMMUNE("commune", "Commune"),
    INTERCOMMUNALITE("intercommunalite", "Intercommunalité"),
    DEPARTEMENT("departement", "Département"),
    REGION("region", "Région"),
    NATIONAL("national", "National");

    private final String code;
    private final String label;

    TerritorialLevel(String code, String label) {
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

    public static Optional<TerritorialLevel> fromCode(String code) {
        return Term.fromCode(TerritorialLevel.class, code);
    }

    public static String codes() {
        return Term.codes(TerritorialLevel.class);
    }
}
