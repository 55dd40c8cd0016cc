package fr.passerelle.governance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A member seated by username alone has no address to be e-mailed at (reminders, reviews, publications). The
 * first time they are seen signed in with an address Keycloak verified, that address joins their seats that
 * have none, unless another seat of the same body already holds it (an invitation to the same person).
 */
@ApplicationScoped
public class SeatAddresses {

    private static final Logger LOG = Logger.getLogger(SeatAddresses.class.getName());

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    /** Its own transaction: a page that only reads must not fail because a concurrent request did the same. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int learn(String username, String verifiedEmail) {
        try {
            return em.createNativeQuery("UPDATE governance_member m SET email = ? WHERE m.username = ? "
                            + "AND m.email IS NULL AND NOT EXISTS (SELECT 1 FROM governance_member o "
                            + "WHERE o.body_id = m.body_id AND o.email = ?)")
                    .setParameter(1, verifiedEmail.toLowerCase(Locale.ROOT))
                    .setParameter(2, username.toLowerCase(Locale.ROOT))
                    .setParameter(3, verifiedEmail.toLowerCase(Locale.ROOT))
                    .executeUpdate();
        } catch (PersistenceException raced) {
            LOG.log(Level.FINE, "address of " + username + " recorded by a concurrent request", raced);
            return 0;
        }
    }
}
