package fr.passerelle.kernel.mail;

import fr.passerelle.kernel.config.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * SMTP settings from {@code PASSERELLE_SMTP_*}. Without a host, mail is written as .eml files under
 * {@code var/mail/} so that a local run shows every message the platform would send.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                           boolean startTls, String from, Path spoolDir) {

    public static MailSettings fromEnvironment() {
        return new MailSettings(
                Settings.find("PASSERELLE_SMTP_HOST"),
                Settings.getInt("PASSERELLE_SMTP_PORT", 25),
                Settings.find("PASSERELLE_SMTP_USER"),
                Settings.find("PASSERELLE_SMTP_PASSWORD"),
                Boolean.parseBoolean(Settings.get("PASSERELLE_SMTP_STARTTLS", "false")),
                Settings.get("PASSERELLE_MAIL_FROM", "Passerelle <ne-pas-repondre@passerelle.localhost>"),
                Settings.varDir().resolve("mail"));
    }

    public boolean usesSmtp() {
        return host.isPresent();
    }

    Properties sessionProperties() {
        Properties p = new Properties();
        host.ifPresent(h -> p.put("mail.smtp.host", h));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        return p;
    }
}
