package fr.passerelle.governance.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Whether a member attended a meeting. */
public enum AttendanceStatus implements Term {
    PRESENT("present", "Présent ou présente"),
    EXCUSE("excuse", "Excusé ou excusée"),
    REPRESENTE("represente", "Représenté ou représentée"),
    ABSENT("absent", "Absent ou absente");

    private final String code;
    private final String label;

    AttendanceStatus(String code, String label) {
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

    public static Optional<AttendanceStatus> fromCode(String code) {
        return Term.fromCode(AttendanceStatus.class, code);
    }
}
