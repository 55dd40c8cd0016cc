package fr.passerelle.kernel.search;

/**
 * Grants a document is visible to. A caller sees a document when they hold at least one of its
 * grants: everyone holds {@link #PUBLIC}; signed-in people hold {@link #SIGNED_IN}, their
 * {@link #user(String)} grant and a {@link #role(String)} grant per realm role; modules add more
 * through {@link AccessGrants} (for example the members of a governance body).
 */
public final class Visibility {

    public static final String PUBLIC = "public";
    public static final String SIGNED_IN = "signed-in";

    private Visibility() {
    }

    public static String role(String role) {
        return "role:" + role;
    }

    /** A person, by the token's subject. */
    public static String user(String subject) {
        return "user:" + subject;
    }

    /** The members of a governance body, by the body's slug. */
    public static String body(String slug) {
        return "body:" + slug;
    }
}
