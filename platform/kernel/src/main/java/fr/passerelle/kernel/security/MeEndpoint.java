package fr.passerelle.kernel.security;

import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identité", description = "La personne connectée")
public class MeEndpoint {

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "La personne connectée : identifiant, nom, rôles et territoires (jeton porteur requis)")
    @APIResponse(responseCode = "401", description = "Aucun jeton, ou jeton invalide ou expiré")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    public Me me() {
        caller.requireSignedIn();
        return new Me(caller.username(), caller.name(), List.copyOf(caller.roles()), List.copyOf(caller.territories()));
    }

    /** The JSON answer of {@code GET /api/me}. */
    @JsonbPropertyOrder({"username", "name", "roles", "territories"})
    public record Me(String username, String name, List<String> roles, List<String> territories) {
    }
}
