package fr.passerelle.search;

import fr.passerelle.kernel.search.AccessGrants;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/** The visibility grants of whoever is asking, as the server established their identity. */
@RequestScoped
public class CallerGrants {

  @Inject Caller caller;

  @Inject Instance<AccessGrants> contributions;

  public Set<String> grants() {
    Set<String> grants = new TreeSet<>();
    grants.add(Visibility.PUBLIC);
    if (caller.isSignedIn()) {
      grants.add(Visibility.SIGNED_IN);
      if (caller.subject() != null) {
        grants.add(Visibility.user(caller.subject()));
      }
      caller.roles().forEach(role -> grants.add(Visibility.role(role)));
      contributions.forEach(c -> grants.addAll(c.grantsFor(caller)));
    }
    return grants;
  }
}
