package fr.passerelle.events.boundary;

import fr.passerelle.events.control.CheckInAttendee;
import fr.passerelle.events.control.Dates;
import fr.passerelle.events.control.EventPolicy;
import fr.passerelle.events.control.EventRepository;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.ErrorResponses;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reception desk on a phone: choose the place (entrance or a session), type the code printed under the QR code
 * (or scan it with the phone's camera app, which reads the code as text), see the result and the live counts.
 * Works without JavaScript; scanning inside the page would need it and is not offered.
 */
@Path("evenements/{slug}/accueil")
@Produces(MediaType.TEXT_HTML)
public class CheckInPages {

    @Inject
    EventRepository events;

    @Inject
    CheckInAttendee checkIn;

    @Inject
    EventPolicy policy;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    public View desk(@PathParam("slug") String slug, @QueryParam("session") String session) {
        Event event = events.require(slug);
        policy.checkMayCheckIn(event);
        return view(event, parse(session), null);
    }

    @POST
    public Response record(@PathParam("slug") String slug, @FormParam("code") String code,
                           @FormParam("session") String session) {
        Event event = events.require(slug);
        policy.checkMayCheckIn(event);
        Long place = parse(session);
        Map<String, Object> result = new LinkedHashMap<>();
        int status;
        try {
            CheckInAttendee.Outcome outcome = checkIn.checkIn(slug, code, place, caller.username());
            result.put("ok", !outcome.repeated());
            result.put("title", outcome.repeated() ? "Déjà enregistré : passage signalé, non compté" : "Bienvenue !");
            result.put("message", outcome.repeated()
                    ? outcome.registration().getName() + " a déjà été accueilli·e ici le "
                    + Dates.dayAndTime(outcome.firstAt()) + "."
                    : outcome.registration().getName() + (outcome.registration().getOrganisation().isBlank() ? ""
                    : " (" + outcome.registration().getOrganisation() + ")") + " est enregistré·e.");
            status = outcome.repeated() ? 409 : 200;
        } catch (InvalidInput | NotFoundException | Conflict refused) {
            status = ErrorResponses.statusOf(refused);
            result.put("ok", false);
            result.put("title", "Code refusé");
            result.put("message", refused instanceof InvalidInput invalid
                    ? "Code " + invalid.errors().get(0).getMessage() + "." : refused.getMessage());
        }
        // The page answers with the status the API would give, so a replay or a wrong code is never a "200 OK";
        // the body is the desk again, ready for the next code.
        return Response.status(status).entity(view(event, place, result))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private View view(Event event, Long place, Map<String, Object> result) {
        List<EventSession> sessions = events.sessions(event.getId());
        Map<Long, Long> counts = checkIn.counts(event.getId());
        Map<Long, Long> repeats = checkIn.repeats(event.getId());
        List<Map<String, Object>> places = new ArrayList<>();
        places.add(place(0L, "Entrée de l'événement", event.getHeld(), counts, repeats, place == null));
        for (EventSession s : sessions) {
            places.add(place(s.getId(), Dates.time(s.getStartsAt()) + " · " + s.getTitle(), s.getHeld(), counts, repeats,
                    place != null && place.equals(s.getId())));
        }
        return View.of("events/checkin.vm", "Accueil — " + event.getTitle())
                .with("event", PageModels.event(event, OffsetDateTime.now(clock)))
                .with("places", places)
                .with("session", place == null ? "" : String.valueOf(place))
                .with("result", result);
    }

    private static Map<String, Object> place(long id, String label, int held, Map<Long, Long> counts,
                                             Map<Long, Long> repeats, boolean selected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id == 0 ? "" : String.valueOf(id));
        m.put("label", label);
        m.put("held", held);
        m.put("checkedIn", counts.getOrDefault(id, 0L));
        m.put("repeats", repeats.getOrDefault(id, 0L));
        m.put("selected", selected);
        return m;
    }

    private static Long parse(String session) {
        if (session == null || session.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(session.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("session", "n'est pas un numéro de session");
        }
    }
}
