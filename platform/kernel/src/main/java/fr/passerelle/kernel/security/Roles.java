package fr.passerelle.kernel.security;

import java.util.Set;

/** The realm roles the platform knows (Keycloak realm roles, carried in the token's {@code groups} claim). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String TERRITORY_EDITOR = "territory-editor";
    public static final String SECRETARIAT = "secretariat";
    public static final String EVENT_STAFF = "event-staff";

    public static final Set<String> ALL = Set.of(ADMIN, EDITOR, TERRITORY_EDITOR, SECRETARIAT, EVENT_STAFF);

    private Roles() {
    }

    /** The French name of a role, as shown to people. */
    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Administration de la plateforme";
            case EDITOR -> "Édition nationale des contenus";
            case TERRITORY_EDITOR -> "Édition pour un territoire";
            case SECRETARIAT -> "Secrétariat de la gouvernance";
            case EVENT_STAFF -> "Accueil des événements";
            default -> role;
        };
    }
}
