package fr.passerelle.resources.control;

import fr.passerelle.kernel.errors.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Addresses people give for a producer or an external resource: absolute {@code http(s)} only, so that a
 * {@code javascript:} or {@code data:} link can never reach a page.
 */
public final class WebLinks {

    public static final int MAX_LENGTH = 2000;

    private WebLinks() {
    }

    /** @return the trimmed address, or null when none was given or it is refused (the error is collected) */
    public static String optional(InvalidInput.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            errors.add(field, "ne doit pas dépasser " + MAX_LENGTH + " caractères");
            return null;
        }
        if (!isWebAddress(v)) {
            errors.add(field, "doit être une adresse web complète commençant par https:// ou http://");
            return null;
        }
        return v;
    }

    /** True for an absolute http or https URI with a host and no whitespace or control character. */
    public static boolean isWebAddress(String value) {
        if (value == null || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
