package fr.passerelle.events.control;

import fr.passerelle.kernel.config.Settings;
import java.time.Duration;

/** The module's settings (environment variables or system properties of the same name). */
public final class EventSettings {

    private EventSettings() {
    }

    /** How long a guest's request holds its seats before the e-mail link is followed (48 hours by default). */
    public static Duration pendingDelay() {
        return Duration.ofHours(positive("PASSERELLE_EVENTS_PENDING_HOURS", 48));
    }

    /** How long after an event its registrants' personal data is kept (90 days by default). */
    public static Duration retention() {
        return Duration.ofDays(positive("PASSERELLE_EVENTS_RETENTION_DAYS", 90));
    }

    private static int positive(String name, int fallback) {
        int value = Settings.getInt(name, fallback);
        if (value < 1) {
            throw new IllegalStateException(name + " doit être un nombre entier positif, reçu : " + value);
        }
        return value;
    }
}
