package fr.passerelle.resources.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Why someone reports a published resource. */
public enum ReportReason implements Term {
    BROKEN_LINK("lien-casse", "Lien cassé ou fichier inaccessible"),
    OUTDATED("information-perimee", "Information périmée ou erronée"),
    LICENCE("licence", "Problème de licence ou de droits d'auteur"),
    INAPPROPRIATE("contenu-inapproprie", "Contenu inapproprié"),
    OTHER("autre", "Autre raison");

    private final String code;
    private final String label;

    ReportReason(String code, String label) {
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

    public static Optional<ReportReason> fromCode(String code) {
        return Term.fromCode(ReportReason.class, code);
    }

    public static String codes() {
        return Term.codes(ReportReason.class);
    }
}
