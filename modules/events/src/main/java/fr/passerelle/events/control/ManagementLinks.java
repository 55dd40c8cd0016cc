package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.kernel.web.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The links that let a registrant see, change, confirm or cancel their registration without an account. Each
 * one carries a fresh random token; only its SHA-256 is stored, so the database alone opens nothing.
 */
@ApplicationScoped
public class ManagementLinks {

    /** Where jobs' e-mails point when no request tells the site's address. */
    static final String FALLBACK_BASE = "http://localhost:8080/";

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventRepository events;

    @Inject
    RetriedTransaction transaction;

    @Inject
    Clock clock;

    /** @return the management page's address, with a new token */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Event event, Registration registration, URI base) {
        String token = Tokens.managementToken();
        registrations.addToken(Tokens.hash(token), registration.getId(), OffsetDateTime.now(clock));
        return base.resolve(path(event, token).substring(1)).toString();
    }

    public static String path(Event event, String token) {
        return event.getPath() + "/inscription/" + token;
    }

    /** The registration a token opens; empty for unknown, forged or erased ones. */
    public Optional<Registration> open(Event event, String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return registrations.byTokenHash(Tokens.hash(token)).filter(r -> r.getEventId() == event.getId());
    }

    /** @throws NotFoundException for an unknown, forged or erased token (the same answer, whichever) */
    public Registration require(Event event, String token) {
        return open(event, token).orElseThrow(() -> new NotFoundException("Ce lien de gestion ne correspond à aucune "
                + "inscription : il est erroné, ou les données de l'inscription ont été effacées."));
    }

    /**
     * Locks the event, then finds the registration the token opens: what every change through a management link
     * starts with.
     *
     * @throws NotFoundException for an unknown, forged or erased token (the same answer, whichever)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Managed openLocked(long eventId, String token) {
        Event event = events.lock(eventId);
        Registration r = require(event, token);
        registrations.refresh(r);
        return new Managed(event, r);
    }

    public record Managed(Event event, Registration registration) {
    }

    /**
     * Runs a change made through a management link: in a retried transaction, with the event locked and the
     * registration the token opens.
     */
    public <T> T change(String slug, String token, Function<Managed, T> work) {
        long eventId = events.require(slug).getId();
        return transaction.run(() -> work.apply(openLocked(eventId, token)));
    }

    /** The site's address for e-mails sent by scheduled jobs. */
    public static URI jobBase() {
        String base = PublicAddress.configured().orElse(FALLBACK_BASE);
        return URI.create(base.endsWith("/") ? base : base + "/");
    }
}
