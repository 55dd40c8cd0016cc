package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;

/** The seats the signed-in caller holds today, in every body (by username, or verified e-mail for invitations). */
@RequestScoped
public class MySeats {

    @Inject
    Caller caller;

    @Inject
    BodyRepository bodies;

    @Inject
    SeatAddresses addresses;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public List<Member> all() {
        if (!caller.isSignedIn()) {
            return List.of();
        }
        var today = ParisTime.today(clock);
        String email = caller.verifiedEmail();
        List<Member> seats = bodies.seatsOf(caller.username(), email);
        // Only in a request that reads: a writing request may hold the lock of that very seat (the secretariat
        // editing its own), which the address's separate transaction would then wait for.
        if (email != null && transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION
                && seats.stream().anyMatch(m -> m.getUsername() != null && m.getEmail() == null)) {
            addresses.learn(caller.username(), email);
        }
        return seats.stream().filter(m -> m.sitsOn(today)).toList();
    }
}
