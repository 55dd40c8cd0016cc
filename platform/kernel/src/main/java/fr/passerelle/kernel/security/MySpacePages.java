package fr.passerelle.kernel.security;

import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** "Mon espace": who the platform thinks you are. Anonymous visitors are sent to sign in first (ErrorMapper). */
@Path("mon-espace")
@Produces(MediaType.TEXT_HTML)
public class MySpacePages {

    @Inject
    Caller caller;

    @GET
    public Response show() {
        caller.requireSignedIn();
        View view = View.of("kernel/my-space.vm", "Mon espace")
                .with("name", caller.name())
                .with("username", caller.username())
                .with("roles", caller.roles().stream().map(Roles::label).toList())
                .with("territories", caller.territories());
        return Response.ok(view).header("Cache-Control", "no-store").build();
    }
}
