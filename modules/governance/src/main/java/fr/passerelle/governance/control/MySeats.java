package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

    public List<Member> all() {
        if (!caller.isSignedIn()) {
            return List.of();
        }
        var today = ParisTime.today(clock);
        List<Member> seats = bodies.seatsOf(caller.username(), caller.verifiedEmail());
        String email = caller.verifiedEmail();
        if (email != null && seats.stream().anyMatch(m -> m.getUsername() != null && m.getEmail() == null)) {
            addresses.learn(caller.username(), email);
        }
        return seats.stream().filter(m -> m.sitsOn(today)).toList();
    }
}
