package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.GovernanceCalendars;
import fr.passerelle.kernel.calendar.CalendarResponse;
import fr.passerelle.kernel.web.PublicAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A body's meetings as an iCalendar feed anyone may subscribe to (no video link, no reserved content). */
@Path("gouvernance/{body}/reunions.ics")
@Produces("text/calendar")
public class BodyCalendarPages {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernanceCalendars calendars;

    @Context
    UriInfo uriInfo;

    @GET
    public Response meetings(@PathParam("body") String slug) {
        return CalendarResponse.of("reunions-" + slug + ".ics", calendars.bodyFeed(lookup.body(slug), site(uriInfo)));
    }

    static String site(UriInfo uriInfo) {
        String base = PublicAddress.of(uriInfo).toString();
        return base.substring(0, base.length() - 1);
    }
}
