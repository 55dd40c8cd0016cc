package fr.passerelle.kernel.vocabulary;

import java.util.Optional;

/** Who a content is written for. */
public enum Audience implements Term {
    ELUS("elus", "Élus"),
    AGENTS_COLLECTIVITE("agents-collectivite", "Agents de collectivité"),
    AIDANTS_MEDIATEURS("aidants-mediateurs", "Aidants et médiateurs"),
    TRAVAILLEURS_SOCIAUX("travailleurs-sociaux", "Travailleurs sociaux"),
    STRUCTURES_MEDIATION("structures-mediation", "Structures de médiation"),
    GRAND_PUBLIC("grand-public", "Grand public");

    private final String code;
    private final String label;

    Audience(String code, String label) {
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

    public static Optional<Audience> fromCode(String code) {
        return Term.fromCode(Audience.class, code);
    }

    public static String codes() {
        return Term.codes(Audience.class);
    }
}
