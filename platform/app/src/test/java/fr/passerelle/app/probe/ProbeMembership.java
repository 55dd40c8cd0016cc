package fr.passerelle.app.probe;

import fr.passerelle.kernel.search.AccessGrants;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Test-only grants: the realm's "membre" user sits on the body "comite-essai". */
@ApplicationScoped
public class ProbeMembership implements AccessGrants {

    public static final String BODY = "comite-essai";

    @Override
    public Set<String> grantsFor(Caller caller) {
        return "membre".equals(caller.username()) ? Set.of(Visibility.body(BODY)) : Set.of();
    }
}
