package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;

/** A guest follows the link of their e-mail: the address is theirs, a pending registration is confirmed. */
@ApplicationScoped
public class ConfirmRegistration {



    @Inject
    ManagementLinks links;

    @Inject
    RegistrationMails mails;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    /** Idempotent: following the link again changes nothing and sends nothing. */
    public RegistrationStatus confirm(String slug, String token, URI base) {
        return links.change(slug, token, m -> {
            Registration r = m.registration();
            RegistrationStatus before = r.getStatus();
            if (before.isOver()) {
                throw new Conflict("Cette inscription est " + before.label().toLowerCase(java.util.Locale.ROOT)
                        + " : elle ne peut plus être confirmée. Inscrivez-vous de nouveau si des places restent.");
            }
            if (r.isEmailVerified()) {
                return before;
            }
            r.verifyEmail(OffsetDateTime.now(clock));
            registrations.flush();
            if (r.getStatus() == RegistrationStatus.CONFIRMED) {
                mails.statusChanged(m.event(), r, base, 0, false);
            }
            return r.getStatus();
        });
    }
}
