package fr.passerelle.events.entity;

import java.util.Arrays;
import java.util.Optional;

/** The formats of a session of the programme, with their French labels. */
public enum SessionKind {
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

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<SessionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(SessionKind::code).toList());
    }
}
