package fr.passerelle.kernel.history;

import fr.passerelle.kernel.security.Caller;

/** Who made a change: a signed-in person (token subject and name) or the platform itself. */
public record Actor(String subject, String name) {

    /** Changes made by the import of {@code content/} at start-up. */
    public static final Actor CONTENT_IMPORT = new Actor(null, "Import du contenu de référence");

    /** Changes made by a scheduled job (expiry, link checks…). */
    public static final Actor PLATFORM = new Actor(null, "Passerelle (tâche automatique)");

    public Actor {
        if (name == null || name.isBlank()) {
            name = subject == null ? "inconnu" : subject;
        }
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.subject(), caller.name());
    }
}
