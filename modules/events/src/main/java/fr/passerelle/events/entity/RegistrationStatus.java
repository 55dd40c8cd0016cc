package fr.passerelle.events.entity;

import java.util.Arrays;

/** Where a registration stands. Only {@link #PENDING} and {@link #CONFIRMED} hold seats. */
public enum RegistrationStatus {
    PENDING("pending", "En attente de confirmation de l'adresse électronique"),
    CONFIRMED("confirmed", "Confirmée"),
    WAITLISTED("waitlisted", "Sur liste d'attente"),
    CANCELLED("cancelled", "Annulée"),
    EXPIRED("expired", "Expirée faute de confirmation");

    private final String code;
    private final String label;

    RegistrationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean holdsSeats() {
        return this == PENDING || this == CONFIRMED;
    }

    /** Cancelled or expired: nothing left to confirm, change or cancel. */
    public boolean isOver() {
        return this == CANCELLED || this == EXPIRED;
    }

    public static RegistrationStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown registration status " + code));
    }
}
