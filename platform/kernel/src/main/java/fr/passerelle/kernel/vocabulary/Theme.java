package fr.passerelle.kernel.vocabulary;

import java.util.Optional;

/** What a content is about: the questions elected officials and their teams work on. */
public enum Theme implements Term {
    STRATEGIE_TERRITORIALE("strategie-territoriale", "Stratégie territoriale d'inclusion numérique"),
    REPERAGE_ORIENTATION("reperage-orientation", "Repérage et orientation des publics"),
    MEDIATION_ACCOMPAGNEMENT("mediation-accompagnement", "Médiation et accompagnement"),
    FORMATION("formation", "Formation des agents et des aidants"),
    FINANCEMENT_PASS_NUMERIQUE("financement-pass-numerique", "Financement et Pass numérique"),
    ACCES_AUX_DROITS("acces-aux-droits", "Accès aux droits et démarches en ligne"),
    GOUVERNANCE_PARTENARIATS("gouvernance-partenariats", "Gouvernance et partenariats"),
    EVALUATION_INDICATEURS("evaluation-indicateurs", "Évaluation et indicateurs");

    private final String code;
    private final String label;

    Theme(String code, String label) {
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

    public static Optional<Theme> fromCode(String code) {
        return Term.fromCode(Theme.class, code);
    }

    public static String codes() {
        return Term.codes(Theme.class);
    }
}
