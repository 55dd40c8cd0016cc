package fr.passerelle.kernel.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Deployment settings, named like environment variables ({@code PASSERELLE_DB_URL}).
 * A JVM system property of the same name wins over the environment so that the launcher and the
 * test harness can set them per process; this is read before CDI exists (the data source is built by
 * the container), which is why it does not go through MicroProfile Config.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> find(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String get(String name, String fallback) {
        return find(name).orElse(fallback);
    }

    public static int getInt(String name, int fallback) {
        return find(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " doit être un nombre entier, reçu : " + value, e);
            }
        }).orElse(fallback);
    }

    /** Working directory for the H2 database, mail files and (later) the search index. */
    public static Path varDir() {
        return Path.of(get("PASSERELLE_VAR_DIR", "var")).toAbsolutePath().normalize();
    }
}
