package fr.passerelle.governance.control;

import fr.passerelle.kernel.config.Settings;
import fr.passerelle.kernel.web.PublicAddress;

/** Governance settings (environment variables, see the README). */
public final class GovernanceSettings {

    public static final String REMINDER_DAYS = "PASSERELLE_GOVERNANCE_REMINDER_DAYS";
    static final int DEFAULT_REMINDER_DAYS = 7;

    private GovernanceSettings() {
    }

    /** How many days before an action's due date its owner is reminded of it (0 turns that reminder off). */
    public static int reminderDays() {
        int days = Settings.getInt(REMINDER_DAYS, DEFAULT_REMINDER_DAYS);
        if (days < 0 || days > 365) {
            throw new IllegalStateException(REMINDER_DAYS + " doit être compris entre 0 et 365, reçu : " + days);
        }
        return days;
    }

    /** The site's address for links in e-mails sent outside any request (reminders). */
    public static String siteAddress() {
        String base = PublicAddress.configured().orElse("http://localhost:8080/");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
