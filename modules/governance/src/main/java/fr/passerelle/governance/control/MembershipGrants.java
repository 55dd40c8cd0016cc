package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.search.AccessGrants;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/** Search grants of governance: {@code body:<slug>} for every body the caller sits on today (see GovernancePolicy). */
@ApplicationScoped
public class MembershipGrants implements AccessGrants {

    @Inject
    BodyRepository bodies;

    @Inject
    Clock clock;

    @Override
    public Set<String> grantsFor(Caller caller) {
        Set<String> grants = new TreeSet<>();
        if (!caller.isSignedIn()) {
            return grants;
        }
        var today = ParisTime.today(clock);
        for (Member seat : bodies.seatsOf(caller.username(), caller.verifiedEmail())) {
            if (seat.sitsOn(today)) {
                bodies.byId(seat.getBodyId()).ifPresent(b -> grants.add(Visibility.body(b.getSlug())));
            }
        }
        return grants;
    }
}
