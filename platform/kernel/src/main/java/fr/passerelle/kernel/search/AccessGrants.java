package fr.passerelle.kernel.search;

import fr.passerelle.kernel.security.Caller;
import java.util.Set;

/**
 * Grants a module adds to a caller's identity for search trimming, beyond those the token gives (see
 * {@link Visibility}); the governance module, for instance, grants {@code body:<slug>} to a body's
 * members. Implementations are CDI beans, found without being listed.
 */
public interface AccessGrants {

    Set<String> grantsFor(Caller caller);
}
