package fr.passerelle.kernel.security;

/**
 * Where to go back after signing in: only a path of this site. Anything else (another host, a scheme,
 * {@code //host}, backslashes, control characters) becomes the home page, so sign-in is never an open redirect.
 */
public final class ReturnPath {

    static final int MAX_LENGTH = 1000;

    private ReturnPath() {
    }

    public static String safe(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > MAX_LENGTH) {
            return "/";
        }
        if (!requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")) {
            return "/";
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "/";
            }
        }
        return requested;
    }
}
