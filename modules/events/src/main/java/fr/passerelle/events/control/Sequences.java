package fr.passerelle.events.control;

import fr.passerelle.kernel.config.Settings;

/** The one piece of SQL that H2 and PostgreSQL spell differently here: the next value of a sequence. */
final class Sequences {

    private Sequences() {
    }

    static String next(String sequence) {
        boolean postgres = Settings.get("PASSERELLE_DB_URL", "jdbc:h2:").startsWith("jdbc:postgresql:");
        return postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }
}
