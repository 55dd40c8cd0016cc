package fr.passerelle.kernel.web;

import fr.passerelle.kernel.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * One JAX-RS application for pages and API alike: pages at the root, JSON under {@code /api}.
 * Its resources are every {@code @Path} class of every module, found by the container. Callers of the API
 * authenticate with a bearer token from the realm, verified by MicroProfile JWT (issuer and keys from
 * {@code PASSERELLE_OIDC_ISSUER}, see microprofile-config.properties).
 */
@ApplicationPath("/")
@SecurityScheme(securitySchemeName = PasserelleApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Jeton d'accès du domaine Keycloak « passerelle » (voir le README).")
@LoginConfig(authMethod = "MP-JWT", realmName = "passerelle")
@DeclareRoles({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_EDITOR, Roles.SECRETARIAT, Roles.EVENT_STAFF})
@ApplicationScoped
public class PasserelleApplication extends Application {

    /** The OpenAPI name of bearer authentication, for {@code @SecurityRequirement(name = ...)} on endpoints. */
    public static final String BEARER = "jeton";
}
