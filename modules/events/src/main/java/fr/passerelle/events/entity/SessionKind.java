package fr.passerelle.events.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** The formats of a session of the programme, with their French labels. */
public enum SessionKind implements Term {
    PLENIERE("pleniere", "Plénière"),
    ATELIER("atelier", "Atelier"),
    MASTERCLASS("masterclass", "Masterclass"),
    TABLE_RONDE("table-ronde", "Table ronde");

    private final String code;
    private final String label;

    SessionKind(String code, String label) {
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

    public static Optional<SessionKind> fromCode(String code) {
        return Term.fromCode(SessionKind.class, code);
    }

    public static String codes() {
        return Term.codes(SessionKind.class);
    }
}
