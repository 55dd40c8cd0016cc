package fr.passerelle.kernel.persistence;

import fr.passerelle.kernel.config.Settings;

/** Where the database is: H2 file under {@code var/} unless {@code PASSERELLE_DB_URL} says otherwise. */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings fromEnvironment() {
        String defaultUrl = "jdbc:h2:file:" + Settings.varDir().resolve("db").resolve("passerelle")
                + ";AUTO_SERVER=TRUE";
        String url = Settings.get("PASSERELLE_DB_URL", defaultUrl);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        return new DatabaseSettings(url,
                Settings.get("PASSERELLE_DB_USER", postgres ? "postgres" : "sa"),
                Settings.get("PASSERELLE_DB_PASSWORD", ""));
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials, for logs. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
