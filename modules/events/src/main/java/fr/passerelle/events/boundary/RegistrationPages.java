package fr.passerelle.events.boundary;

import fr.passerelle.events.control.CancelRegistration;
import fr.passerelle.events.control.ChangeSessions;
import fr.passerelle.events.control.CommuneCodes;
import fr.passerelle.events.control.ConfirmRegistration;
import fr.passerelle.events.control.Dates;
import fr.passerelle.events.control.EraseRegistration;
import fr.passerelle.events.control.EventRepository;
import fr.passerelle.events.control.ManagementLinks;
import fr.passerelle.events.control.RegisterAttendee;
import fr.passerelle.events.control.RegistrationForm;
import fr.passerelle.events.control.RegistrationRepository;
import fr.passerelle.events.control.TicketImages;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.events.entity.RegistrationStatus;
import fr.passerelle.events.entity.StructureType;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PublicAddress;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration form, and the management page a registrant reaches from the link of their e-mail: status,
 * QR code, change of sessions, cancellation, their data (download, erasure). Every form posts with the CSRF token
 * and is answered by a redirection.
 */
@Path("evenements/{slug}/inscription")
@Produces(MediaType.TEXT_HTML)
public class RegistrationPages {

    @Inject
    EventRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegisterAttendee registration;

    @Inject
    ConfirmRegistration confirmation;

    @Inject
    CancelRegistration cancellation;

    @Inject
    ChangeSessions change;

    @Inject
    EraseRegistration erasure;

    @Inject
    ManagementLinks links;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    public View form(@PathParam("slug") String slug) {
        Map<String, Object> account = new LinkedHashMap<>();
        if (caller.isSignedIn()) {
            account.put("name", caller.name());
            account.put("email", caller.verifiedEmail());
        }
        return formView(events.require(slug), account, List.of(), List.of());
    }

    @POST
    public Response register(@PathParam("slug") String slug, @FormParam("name") String name,
                             @FormParam("email") String email, @FormParam("organisation") String organisation,
                             @FormParam("structureType") String structureType, @FormParam("commune") String commune,
                             @FormParam("accessibility") String accessibility, @FormParam("sessions") List<String> sessions,
                             @FormParam("consent") String consent) {
        Event event = events.require(slug);
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("name", name);
        typed.put("email", email);
        typed.put("organisation", organisation);
        typed.put("structureType", structureType);
        typed.put("commune", commune);
        typed.put("accessibility", accessibility);
        List<Long> ids = sessionIds(sessions);
        RegisterAttendee.Outcome outcome;
        try {
            RegistrationForm.Checked checked = RegistrationForm.check(new RegistrationForm.Raw(name, email, organisation,
                    structureType, commune, accessibility, ids, "oui".equals(consent)),
                    caller.subject(), caller.verifiedEmail());
            outcome = registration.register(slug, checked, PublicAddress.of(uriInfo));
        } catch (InvalidInput invalid) {
            View again = formView(event, typed, ids, invalid.errors().stream()
                    .map(e -> Map.<String, Object>of("field", e.getField(), "label", label(e.getField()),
                            "message", e.getMessage())).toList());
            return Response.status(400).entity(again).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (outcome.manageUrl() == null) {
            return Response.seeOther(URI.create(event.getPath() + "/inscription/deja")).build();
        }
        return Response.seeOther(URI.create(URI.create(outcome.manageUrl()).getPath())).build();
    }

    @GET
    @Path("deja")
    public View already(@PathParam("slug") String slug) {
        Event event = events.require(slug);
        return View.of("events/already.vm", "Vous êtes déjà inscrit ou inscrite")
                .with("event", PageModels.event(event, OffsetDateTime.now(clock)));
    }

    @GET
    @Path("effacee")
    public View erased(@PathParam("slug") String slug) {
        Event event = events.require(slug);
        return View.of("events/erased.vm", "Vos données sont effacées")
                .with("event", PageModels.event(event, OffsetDateTime.now(clock)));
    }

    @GET
    @Path("{token}")
    public View manage(@PathParam("slug") String slug, @PathParam("token") String token) {
        Event event = events.require(slug);
        Registration r = open(event, token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<EventSession> programme = events.sessions(event.getId());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("name", r.getName());
        m.put("email", r.getEmail());
        m.put("organisation", r.getOrganisation());
        m.put("structureType", r.getStructureType().label());
        m.put("commune", r.getCommuneCode() == null ? "" : r.getCommuneCode() + " "
                + CommuneCodes.name(r.getCommuneCode()).orElse(""));
        m.put("accessibility", r.getAccessibility());
        m.put("status", r.getStatus().code());
        m.put("statusLabel", r.getStatus().label());
        m.put("position", registrations.positionOf(r));
        m.put("expiresAt", r.getExpiresAt() == null ? "" : Dates.dayAndTime(r.getExpiresAt()));
        m.put("active", r.getStatus() != RegistrationStatus.CANCELLED && r.getStatus() != RegistrationStatus.EXPIRED);
        boolean confirmed = r.getStatus() == RegistrationStatus.CONFIRMED;
        m.put("confirmed", confirmed);
        m.put("code", confirmed ? r.getCheckinCode() : "");
        m.put("qr", confirmed ? TicketImages.dataUri(r.getCheckinCode()) : "");
        List<Map<String, Object>> sessions = programme.stream().map(s -> {
            Map<String, Object> sm = PageModels.session(s);
            sm.put("chosen", r.getSessionIds().contains(s.getId()));
            return sm;
        }).toList();
        return View.of("events/manage.vm", "Votre inscription à " + event.getTitle())
                .with("event", PageModels.event(event, now))
                .with("registration", m)
                .with("sessions", sessions)
                .with("chosen", sessions.stream().filter(s -> Boolean.TRUE.equals(s.get("chosen"))).toList())
                .with("base", ManagementLinks.path(event, token));
    }

    @GET
    @Path("{token}/confirmer")
    public Response confirm(@PathParam("slug") String slug, @PathParam("token") String token) {
        confirmation.confirm(slug, token, PublicAddress.of(uriInfo));
        return back(slug, token);
    }

    @POST
    @Path("{token}/annuler")
    public Response cancel(@PathParam("slug") String slug, @PathParam("token") String token) {
        cancellation.cancel(slug, token, PublicAddress.of(uriInfo));
        return back(slug, token);
    }

    @POST
    @Path("{token}/sessions")
    public Response sessions(@PathParam("slug") String slug, @PathParam("token") String token,
                             @FormParam("sessions") List<String> sessions) {
        change.change(slug, token, sessionIds(sessions).stream().distinct().sorted().toList(),
                PublicAddress.of(uriInfo));
        return back(slug, token);
    }

    @POST
    @Path("{token}/effacer")
    public Response erase(@PathParam("slug") String slug, @PathParam("token") String token) {
        erasure.erase(slug, token, PublicAddress.of(uriInfo));
        return Response.seeOther(URI.create(events.require(slug).getPath() + "/inscription/effacee")).build();
    }

    @GET
    @Path("{token}/donnees.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response data(@PathParam("slug") String slug, @PathParam("token") String token) {
        Event event = events.require(slug);
        Registration r = open(event, token);
        return Response.ok(PersonalData.of(event, r, events.sessions(event.getId())))
                .header("Content-Disposition", "attachment; filename=\"inscription-" + event.getSlug() + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The checked boxes of a form's session list. */
    private static List<Long> sessionIds(List<String> checked) {
        List<Long> ids = new ArrayList<>();
        try {
            for (String s : checked == null ? List.<String>of() : checked) {
                ids.add(Long.parseLong(s.strip()));
            }
        } catch (NumberFormatException e) {
            throw InvalidInput.of("sessions", "contient une valeur qui n'est pas un numéro de session");
        }
        return ids;
    }

    private Registration open(Event event, String token) {
        return links.require(event, token);
    }

    private Response back(String slug, String token) {
        return Response.seeOther(URI.create(ManagementLinks.path(events.require(slug), token))).build();
    }

    private View formView(Event event, Map<String, Object> typed, List<Long> chosen, List<Map<String, Object>> errors) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Map<String, Object>> sessions = events.sessions(event.getId()).stream().map(s -> {
            Map<String, Object> m = PageModels.session(s);
            m.put("chosen", chosen.contains(s.getId()));
            return m;
        }).toList();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : List.of("name", "email", "organisation", "structureType", "commune", "accessibility")) {
            Object v = typed.get(field);
            values.put(field, v == null ? "" : v);
        }
        return View.of("events/register.vm", "S'inscrire à " + event.getTitle())
                .with("event", PageModels.event(event, now))
                .with("sessions", sessions)
                .with("values", values)
                .with("errors", errors)
                .with("structureTypes", Arrays.stream(StructureType.values()).map(t -> Map.of("code", t.code(),
                        "label", t.label(), "selected", t.code().equals(values.get("structureType")))).toList())
                .with("signedIn", caller.isSignedIn())
                .with("verifiedEmail", caller.verifiedEmail() == null ? "" : caller.verifiedEmail());
    }

    private static String label(String field) {
        return switch (field) {
            case "name" -> "Nom et prénom";
            case "email" -> "Adresse électronique";
            case "organisation" -> "Organisation";
            case "structureType" -> "Type de structure";
            case "commune" -> "Commune (code officiel)";
            case "accessibility" -> "Besoins d'accessibilité";
            case "sessions" -> "Sessions";
            case "consent" -> "Consentement";
            default -> field;
        };
    }
}
