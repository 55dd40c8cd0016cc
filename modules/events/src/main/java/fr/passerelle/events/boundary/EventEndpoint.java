package fr.passerelle.events.boundary;

import fr.passerelle.events.control.ChangeCapacity;
import fr.passerelle.events.control.CloseRegistration;
import fr.passerelle.events.control.EventDescription;
import fr.passerelle.events.control.EventPolicy;
import fr.passerelle.events.control.EventRepository;
import fr.passerelle.events.control.PlanEvent;
import fr.passerelle.events.control.RegistrationRepository;
import fr.passerelle.events.control.SessionDescription;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.kernel.web.PublicAddress;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Événements", description = "Numérique en Commun[s] : programme, places, inscriptions, accueil")
public class EventEndpoint {

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    PlanEvent planning;

    @Inject
    ChangeCapacity capacities;

    @Inject
    CloseRegistration closing;

    @Inject
    EventPolicy policy;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Liste les événements, les plus récents d'abord (accès public)")
    public ListResult<EventView> list(
            @Parameter(description = "numéro de page, à partir de 1") @QueryParam("page") String page,
            @Parameter(description = "taille de page, de 1 à 100 (20 par défaut)") @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new ListResult<>(events.count(), paging,
                events.list(paging).stream().map(e -> EventView.of(e, now, null)).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un événement et son programme, avec les places de chaque session (accès public)")
    @APIResponse(responseCode = "404", description = "Aucun événement sous cet identifiant")
    public EventView get(@PathParam("slug") String slug) {
        Event event = events.require(slug);
        return EventView.of(event, OffsetDateTime.now(clock), events.sessions(event.getId()).stream()
                .map(s -> SessionView.of(s, registrations.waitlistOf(s.getId()))).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crée un événement (administrateurs : rôle admin)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Événement créé")
    @APIResponse(responseCode = "400", description = "Données invalides (problem+json avec les champs en cause)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "409", description = "Identifiant déjà utilisé")
    public Response create(EventDraft draft) {
        policy.checkMayPlan();
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant l'événement est attendu");
        }
        Event created = planning.create(draft.slug, EventDescription.check(new EventDescription.Raw(draft.edition,
                draft.title, draft.description, draft.venue, draft.address, draft.startsAt, draft.endsAt,
                draft.registrationOpensAt, draft.registrationClosesAt, draft.capacity, draft.organisers)));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/events").path(created.getSlug()).build())
                .entity(EventView.of(created, OffsetDateTime.now(clock), java.util.List.of()))
                .build();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change la capacité d'un événement, ferme ou rouvre ses inscriptions (administrateurs et "
            + "organisateurs de l'événement) ; une capacité inférieure aux places occupées est refusée")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Événement modifié")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs et aux organisateurs")
    @APIResponse(responseCode = "409", description = "Capacité inférieure aux places occupées (les deux nombres sont donnés)")
    public EventView change(@PathParam("slug") String slug, CapacityChange change) {
        Event event = events.require(slug);
        policy.checkMayOrganise(event);
        if (change == null || change.capacity == null && change.registrationClosed == null) {
            throw InvalidInput.of("corps", "donnez « capacity » ou « registrationClosed »");
        }
        if (change.capacity != null) {
            capacities.change(event, null, change.capacity, PublicAddress.of(uriInfo));
        }
        if (change.registrationClosed != null) {
            closing.set(event, change.registrationClosed);
        }
        return get(slug);
    }

    @POST
    @Path("{slug}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajoute une session au programme (administrateurs : rôle admin) ; répond {\"id\": …}")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Session créée")
    @APIResponse(responseCode = "400", description = "Données invalides")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    public Response addSession(@PathParam("slug") String slug, SessionDraft draft) {
        policy.checkMayPlan();
        Event event = events.require(slug);
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant la session est attendu");
        }
        EventSession session = planning.addSession(event, SessionDescription.check(new SessionDescription.Raw(
                draft.title, draft.kind, draft.description, draft.startsAt, draft.endsAt, draft.room,
                draft.track, draft.speakers, draft.capacity, draft.themes, draft.audiences), event), null);
        JsonObject body = Json.createObjectBuilder().add("id", session.getId()).build();
        return Response.created(uriInfo.getBaseUriBuilder().path("api/events").path(slug).path("sessions")
                .path(String.valueOf(session.getId())).build()).entity(body).build();
    }

    @GET
    @Path("{slug}/sessions/{id}")
    @Operation(summary = "Une session et ses places : capacity, held (confirmées et en attente de confirmation), "
            + "waitlist (accès public)")
    @APIResponse(responseCode = "404", description = "Aucune session de cet événement sous ce numéro")
    public SessionView session(@PathParam("slug") String slug, @PathParam("id") String id) {
        return SessionView.of(requireSession(slug, id), registrations.waitlistOf(parse(id)));
    }

    @PATCH
    @Path("{slug}/sessions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change la capacité d'une session (administrateurs et organisateurs) ; une capacité "
            + "inférieure aux places occupées est refusée, une hausse sert la liste d'attente")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "200", description = "Session modifiée")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs et aux organisateurs")
    @APIResponse(responseCode = "409", description = "Capacité inférieure aux places occupées (les deux nombres sont donnés)")
    public SessionView changeSession(@PathParam("slug") String slug, @PathParam("id") String id, CapacityChange change) {
        Event event = events.require(slug);
        policy.checkMayOrganise(event);
        EventSession session = requireSession(slug, id);
        if (change == null || change.capacity == null) {
            throw InvalidInput.of("capacity", "est obligatoire (nombre de places)");
        }
        capacities.change(event, session.getId(), change.capacity, PublicAddress.of(uriInfo));
        return session(slug, id);
    }

    private EventSession requireSession(String slug, String id) {
        Event event = events.require(slug);
        return events.session(event.getId(), parse(id))
                .orElseThrow(() -> new NotFoundException("Aucune session de cet événement ne porte ce numéro."));
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Aucune session de cet événement ne porte ce numéro.");
        }
    }
}
