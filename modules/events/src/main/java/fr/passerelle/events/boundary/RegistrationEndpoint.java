package fr.passerelle.events.boundary;

import fr.passerelle.events.control.CancelRegistration;
import fr.passerelle.events.control.RegisterAttendee;
import fr.passerelle.events.control.RegistrationForm;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.kernel.web.PublicAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/events/{slug}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Événements")
public class RegistrationEndpoint {

    /** The header that carries a management token (the last part of the management link). */
    public static final String TOKEN_HEADER = "X-Management-Token";

    @Inject
    RegisterAttendee registration;

    @Inject
    CancelRegistration cancellation;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "S'inscrire, avec un jeton porteur (inscription confirmée) ou sans (invité : places gardées "
            + "jusqu'à la confirmation par le lien du courriel) ; liste d'attente quand c'est complet. Une même adresse "
            + "électronique renvoie l'inscription existante (200) au lieu d'en créer une autre (201)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Inscription enregistrée : {id, status, position, manageUrl}")
    @APIResponse(responseCode = "200", description = "Cette adresse a déjà une inscription : la même est renvoyée")
    @APIResponse(responseCode = "400", description = "Données invalides (champs en cause), sessions inconnues ou simultanées")
    @APIResponse(responseCode = "409", description = "Inscriptions pas encore ouvertes, closes ou fermées")
    public Response register(@PathParam("slug") String slug, RegistrationDraft draft) {
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant l'inscription est attendu");
        }
        RegistrationForm.Checked checked = RegistrationForm.check(new RegistrationForm.Raw(draft.name, draft.email,
                draft.organisation, draft.structureType, draft.commune, draft.accessibility, draft.sessions,
                draft.consent), caller.subject(), caller.verifiedEmail());
        RegisterAttendee.Outcome outcome = registration.register(slug, checked, PublicAddress.of(uriInfo));
        RegistrationView view = new RegistrationView(outcome.registration().getId(),
                outcome.registration().getStatus().code(), outcome.position(), outcome.manageUrl());
        return Response.status(outcome.created() ? 201 : 200).entity(view).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Annule une inscription avec son jeton de gestion (en-tête X-Management-Token : la fin du "
            + "lien de gestion reçu par courriel) ; ses places vont à la liste d'attente")
    @APIResponse(responseCode = "204", description = "Inscription annulée")
    @APIResponse(responseCode = "404", description = "Jeton inconnu, erroné ou d'une autre inscription")
    @APIResponse(responseCode = "409", description = "Inscription déjà annulée ou expirée")
    public Response cancel(@PathParam("slug") String slug, @PathParam("id") String id,
                           @Parameter(description = "jeton de gestion") @HeaderParam(TOKEN_HEADER) String token) {
        long expected = EventEndpoint.parse(id);
        long actual = cancellation.registrationOf(slug, token);
        if (actual != expected) {
            throw new NotFoundException("Ce jeton de gestion ne correspond pas à cette inscription.");
        }
        cancellation.cancel(slug, token, PublicAddress.of(uriInfo));
        return Response.noContent().build();
    }
}
