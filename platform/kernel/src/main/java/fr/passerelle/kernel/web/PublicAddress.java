package fr.passerelle.kernel.web;

import fr.passerelle.kernel.config.Settings;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The address people reach the site at, ending with a slash: {@code PASSERELLE_PUBLIC_URL} when set (behind a
 * proxy or load balancer, where the request's own host is internal), else the one the request used.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    public static URI of(UriInfo request) {
        String base = configured().orElse(request.getBaseUri().toString());
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    public static java.util.Optional<String> configured() {
        return Settings.find("PASSERELLE_PUBLIC_URL");
    }
}
