package fr.passerelle.events.boundary;

import fr.passerelle.events.control.Dates;
import fr.passerelle.events.control.EventPolicy;
import fr.passerelle.events.control.EventRepository;
import fr.passerelle.events.control.ProgrammeCalendar;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.SessionKind;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.calendar.CalendarResponse;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.web.PublicAddress;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public pages: the list of events, a programme by day and room with its filters, its iCalendar file. */
@Path("evenements")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @Inject
    EventRepository events;

    @Inject
    EventPolicy policy;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    public View list(@QueryParam("page") String page) {
        Paging paging = Paging.parse(page, null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Map<String, Object>> items = events.list(paging).stream().map(e -> PageModels.event(e, now)).toList();
        long total = events.count();
        return View.of("events/list.vm", "Numérique en Commun[s]")
                .with("items", items)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total));
    }

    @GET
    @Path("confidentialite")
    public View privacy() {
        return View.of("events/privacy.vm", "Inscriptions aux événements : vos données personnelles");
    }

    @GET
    @Path("{slug}")
    public View programme(@PathParam("slug") String slug, @QueryParam("format") String kind,
                          @QueryParam("theme") String theme, @QueryParam("public") String audience) {
        Event event = events.require(slug);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SessionKind k = kind == null ? null : SessionKind.fromCode(kind).orElse(null);
        Theme t = theme == null ? null : Theme.fromCode(theme).orElse(null);
        Audience a = audience == null ? null : Audience.fromCode(audience).orElse(null);
        List<EventSession> all = events.sessions(event.getId());
        List<EventSession> shown = all.stream()
                .filter(s -> k == null || s.getKind() == k)
                .filter(s -> t == null || s.getThemes().contains(t))
                .filter(s -> a == null || s.getAudiences().contains(a))
                .toList();
        return View.of("events/programme.vm", event.getTitle())
                .with("event", PageModels.eventWithDescription(event, now))
                .with("days", byDayAndRoom(shown))
                .with("sessionCount", all.size())
                .with("shownCount", shown.size())
                .with("filtered", k != null || t != null || a != null)
                .with("kinds", Arrays.stream(SessionKind.values()).map(v -> option(v.code(), v.label(), v == k)).toList())
                .with("themes", Arrays.stream(Theme.values()).map(v -> option(v.code(), v.label(), v == t)).toList())
                .with("audiences", Arrays.stream(Audience.values()).map(v -> option(v.code(), v.label(), v == a)).toList())
                .with("mayOrganise", policy.mayOrganise(event));
    }

    @GET
    @Path("{slug}.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("slug") String slug) {
        Event event = events.require(slug);
        return CalendarResponse.of(event.getSlug() + ".ics",
                ProgrammeCalendar.programme(event, events.sessions(event.getId()), PublicAddress.of(uriInfo), clock));
    }

    /** Days in order, each with its rooms in the order of their first session, each with its sessions. */
    static List<Map<String, Object>> byDayAndRoom(List<EventSession> sessions) {
        Map<String, Map<String, List<Map<String, Object>>>> days = new LinkedHashMap<>();
        for (EventSession s : sessions) {
            days.computeIfAbsent(Dates.day(s.getStartsAt()), d -> new LinkedHashMap<>())
                    .computeIfAbsent(s.getRoom().isBlank() ? "Salle à préciser" : s.getRoom(), r -> new ArrayList<>())
                    .add(PageModels.session(s));
        }
        List<Map<String, Object>> result = new ArrayList<>();
        int n = 0;
        for (var day : days.entrySet()) {
            List<Map<String, Object>> rooms = new ArrayList<>();
            day.getValue().forEach((room, list) -> rooms.add(Map.of("name", room, "sessions", list)));
            result.add(Map.of("label", day.getKey(), "anchor", "jour-" + (++n), "rooms", rooms));
        }
        return result;
    }

    private static Map<String, Object> option(String code, String label, boolean selected) {
        return Map.of("code", code, "label", label, "selected", selected);
    }
}
