package fr.passerelle.events.entity;

import java.util.Arrays;
import java.util.Optional;

/** The kind of organisation a registrant comes from: kept, anonymously, for the event's statistics. */
public enum StructureType {
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

    public String code() {
        return code;
    }

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
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(StructureType::code).toList());
    }
}
