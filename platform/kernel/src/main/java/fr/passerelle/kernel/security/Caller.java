package fr.passerelle.kernel.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is asking, as the server established it: anonymous, or a signed-in person with realm roles and,
 * for territory editors, the territories they may write for. Modules decide access from this only.
 */
@RequestScoped
public class Caller {

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    public boolean isSignedIn() {
        return principal() != null;
    }

    /** @throws NotAuthorizedException (401) for anonymous callers */
    public void requireSignedIn() {
        if (!isSignedIn()) {
            throw new NotAuthorizedException("Connectez-vous pour effectuer cette action.", "Bearer realm=\"passerelle\"");
        }
    }

    /**
     * @throws NotAuthorizedException (401; pages send the visitor to sign in) for anonymous callers
     * @throws ForbiddenException (403) for signed-in callers holding none of the roles
     */
    public void requireAnyRole(String... anyOf) {
        requireSignedIn();
        Set<String> held = roles();
        for (String role : anyOf) {
            if (held.contains(role)) {
                return;
            }
        }
        throw new ForbiddenException("Votre compte n'a pas le rôle nécessaire pour cette page ou cette action.");
    }

    public String username() {
        Principal p = principal();
        if (p instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            return preferred != null ? preferred : jwt.getName();
        }
        return p == null ? null : p.getName();
    }

    /**
     * The token's e-mail address when the identity provider verified it ({@code email_verified}), lowercase;
     * null otherwise. An unverified address proves nothing about who signs in, so it is never returned.
     */
    public String verifiedEmail() {
        if (principal() instanceof JsonWebToken jwt) {
            Object email = jwt.getClaim("email");
            Object verified = jwt.getClaim("email_verified");
            List<String> address = strings(email);
            if (!address.isEmpty() && !address.get(0).isBlank() && "true".equals(String.valueOf(verified))) {
                return address.get(0).strip().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** The token's subject: the stable Keycloak id of the person, or null when anonymous. */
    public String subject() {
        return principal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
    }

    public String name() {
        Principal p = principal();
        if (p instanceof JsonWebToken jwt) {
            List<String> name = strings(jwt.getClaim("name"));
            if (!name.isEmpty() && !name.get(0).isBlank()) {
                return name.get(0);
            }
        }
        return username();
    }

    /** The platform roles held, sorted; roles unknown to the platform are left out. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>();
        Principal p = principal();
        if (p instanceof JsonWebToken jwt && jwt.getGroups() != null) {
            jwt.getGroups().stream().filter(Roles.ALL::contains).forEach(roles::add);
        }
        return roles;
    }

    /** Territory slugs from the {@code territories} claim, sorted. */
    public Set<String> territories() {
        Set<String> territories = new TreeSet<>();
        if (principal() instanceof JsonWebToken jwt) {
            territories.addAll(strings(jwt.getClaim("territories")));
        }
        return territories;
    }

    static List<String> strings(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> v instanceof JsonString s ? s.getString() : String.valueOf(v)).toList();
        }
        if (claim instanceof JsonString s) {
            return List.of(s.getString());
        }
        return List.of(claim.toString());
    }

    private Principal principal() {
        return security.getCallerPrincipal();
    }
}
