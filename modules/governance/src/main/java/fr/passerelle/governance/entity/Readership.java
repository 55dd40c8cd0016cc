package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Who may read a document of a body: everyone, or its members (with the secretariat and administrators). */
public enum Readership implements Term {
    PUBLIC("public", "Public"),
    MEMBERS("members", "Membres de l'instance");

    private final String code;
    private final String label;

    Readership(String code, String label) {
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

    public static Optional<Readership> fromCode(String code) {
        return Term.fromCode(Readership.class, code);
    }
}
