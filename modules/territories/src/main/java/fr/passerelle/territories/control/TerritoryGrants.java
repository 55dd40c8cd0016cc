package fr.passerelle.territories.control;

import fr.passerelle.kernel.search.AccessGrants;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;

/** A territory editor sees in search the drafts of the territories of their claim: grants {@code territory:<slug>}. */
@ApplicationScoped
public class TerritoryGrants implements AccessGrants {

    public static String of(String territorySlug) {
        return "territory:" + territorySlug;
    }

    @Override
    public Set<String> grantsFor(Caller caller) {
        if (!caller.isSignedIn() || !caller.roles().contains(Roles.TERRITORY_EDITOR)) {
            return Set.of();
        }
        return caller.territories().stream().map(TerritoryGrants::of).collect(Collectors.toSet());
    }
}
