package fr.passerelle.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for pages and API alike: pages at the root, JSON under {@code /api}.
 * Its resources are every {@code @Path} class of every module, found by the container.
 */
@ApplicationPath("/")
@ApplicationScoped
public class PasserelleApplication extends Application {
}
