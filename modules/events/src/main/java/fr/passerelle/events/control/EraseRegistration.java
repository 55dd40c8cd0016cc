package fr.passerelle.events.control;

import fr.passerelle.events.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The registrant erases their registration from the management link: it is cancelled (seats freed, waiting list
 * served) and everything that identifies them is removed, management links included; what is left (status, type of
 * structure, sessions) only counts in the statistics.
 */
@ApplicationScoped
public class EraseRegistration {



    @Inject
    ManagementLinks links;

    @Inject
    CancelRegistration cancellation;

    @Inject
    PromoteWaitlist waitlist;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Clock clock;

    public void erase(String slug, String token, URI base) {
        links.change(slug, token, m -> {
            Registration r = m.registration();
            OffsetDateTime now = OffsetDateTime.now(clock);
            boolean held = r.getStatus().holdsSeats();
            if (!r.getStatus().isOver()) {
                cancellation.release(m.event(), r, now);
            }
            r.anonymise(now);
            registrations.removeTokens(r.getId());
            registrations.flush();
            if (held) {
                waitlist.fill(m.event(), base);
            }
            return null;
        });
    }
}
