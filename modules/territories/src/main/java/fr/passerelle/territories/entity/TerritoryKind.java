package fr.passerelle.territories.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** What a territory is, which decides the official code it carries. */
public enum TerritoryKind implements Term {
    COMMUNE("commune", "Commune"),
    EPCI("epci", "Intercommunalité (EPCI)"),
    DEPARTEMENT("departement", "Département"),
    REGION("region", "Région"),
    /** Several départements working together, such as a Hub France Connectée (2 to 5 départements). */
    GROUPEMENT("groupement", "Groupement de départements");

    private final String code;
    private final String label;

    TerritoryKind(String code, String label) {
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

    public static Optional<TerritoryKind> fromCode(String code) {
        return Term.fromCode(TerritoryKind.class, code);
    }

    public static String codes() {
        return Term.codes(TerritoryKind.class);
    }
}
