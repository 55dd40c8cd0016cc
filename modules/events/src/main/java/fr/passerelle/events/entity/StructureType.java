package fr.passerelle.events.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** The kind of organisation a registrant comes from: kept, anonymously, for the event's statistics. */
public enum StructureType implements Term {
    COLLECTIVITE("collectivite", "Collectivité territoriale"),
    ETAT("etat", "Services de l'État"),
    OPERATEUR("operateur", "Opérateur de service public"),
    ASSOCIATION("association", "Association ou structure de médiation"),
    ENTREPRISE("entreprise", "Entreprise"),
    RECHERCHE("recherche", "Enseignement ou recherche"),
    AUTRE("autre", "Autre ou à titre personnel");

    private final String code;
    private final String label;

    StructureType(String code, String label) {
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

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public static Optional<StructureType> fromCode(String code) {
        return Term.fromCode(StructureType.class, code);
    }

    public static String codes() {
        return Term.codes(StructureType.class);
    }
}
