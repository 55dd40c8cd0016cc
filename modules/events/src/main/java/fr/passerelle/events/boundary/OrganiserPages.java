package fr.passerelle.events.boundary;

import fr.passerelle.events.control.CheckInAttendee;
import fr.passerelle.events.control.CloseRegistration;
import fr.passerelle.events.control.EventPolicy;
import fr.passerelle.events.control.EventRepository;
import fr.passerelle.events.control.MessageSession;
import fr.passerelle.events.control.RegistrantsCsv;
import fr.passerelle.events.control.RegistrationRepository;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organisers' pages: seats, waiting lists and no-shows per session, export, closing, messages. */
@Path("evenements/{slug}/organisation")
public class OrganiserPages {

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CheckInAttendee checkIn;

    @Inject
    CloseRegistration closing;

    @Inject
    MessageSession messages;

    @Inject
    EventPolicy policy;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View dashboard(@PathParam("slug") String slug, @QueryParam("envoye") String sent) {
        Event event = events.require(slug);
        policy.checkMayOrganise(event);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Registration> all = registrations.ofEvent(event.getId());
        Map<Long, Long> counts = checkIn.counts(event.getId());
        List<Map<String, Object>> sessions = events.sessions(event.getId()).stream().map(s -> {
            Map<String, Object> m = PageModels.session(s);
            Set<Long> present = new HashSet<>(checkIn.checkedIn(event.getId(), s.getId()));
            long confirmed = all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED
                    && r.getSessionIds().contains(s.getId())).count();
            long absent = all.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED
                    && r.getSessionIds().contains(s.getId()) && !present.contains(r.getId())).count();
            m.put("confirmed", confirmed);
            m.put("waitlist", registrations.waitlistOf(s.getId()));
            m.put("checkedIn", counts.getOrDefault(s.getId(), 0L));
            m.put("ended", !now.isBefore(s.getEndsAt()));
            m.put("noShows", absent);
            return m;
        }).toList();
        List<Map<String, Object>> waiting = registrations.waitlisted(event.getId()).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("position", registrations.positionOf(r));
            m.put("name", r.getName());
            m.put("organisation", r.getOrganisation());
            m.put("sessions", r.getSessionIds().size());
            return m;
        }).toList();
        Map<String, Object> totals = new LinkedHashMap<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            totals.put(status.code(), all.stream().filter(r -> r.getStatus() == status).count());
        }
        totals.put("entrance", counts.getOrDefault(0L, 0L));
        return View.of("events/dashboard.vm", "Organisation — " + event.getTitle())
                .with("event", PageModels.event(event, now))
                .with("sessions", sessions)
                .with("waiting", waiting)
                .with("totals", totals)
                .with("sent", sent == null ? "" : sent);
    }

    @GET
    @Path("inscrits.csv")
    @Produces("text/csv")
    public Response export(@PathParam("slug") String slug) {
        Event event = events.require(slug);
        policy.checkMayOrganise(event);
        byte[] csv = RegistrantsCsv.write(registrations.ofEvent(event.getId()), events.sessions(event.getId()),
                checkIn.checkedIn(event.getId(), 0));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"inscrits-" + event.getSlug() + ".csv\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("inscriptions")
    public Response registration(@PathParam("slug") String slug, @FormParam("action") String action) {
        Event event = events.require(slug);
        policy.checkMayOrganise(event);
        closing.set(event, !"rouvrir".equals(action));
        return Response.seeOther(URI.create(event.getPath() + "/organisation")).build();
    }

    @POST
    @Path("sessions/{id}/message")
    public Response message(@PathParam("slug") String slug, @PathParam("id") String id,
                            @FormParam("subject") String subject, @FormParam("body") String body) {
        Event event = events.require(slug);
        policy.checkMayOrganise(event);
        int sent = messages.send(event, EventEndpoint.parse(id), subject, body);
        return Response.seeOther(URI.create(event.getPath() + "/organisation?envoye=" + sent)).build();
    }

}
