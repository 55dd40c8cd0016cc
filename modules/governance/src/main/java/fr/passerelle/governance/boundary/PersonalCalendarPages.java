package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.GovernanceCalendars;
import fr.passerelle.governance.control.PersonalFeeds;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.calendar.CalendarResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A member's personal feed at a secret address: the body's meetings with their video link, and the due dates of
 * the member's open actions. Unknown, revoked and malformed secrets all answer 404.
 */
@Path("gouvernance/agenda/{secret}.ics")
@Produces("text/calendar")
public class PersonalCalendarPages {

    @Inject
    BodyRepository bodies;

    @Inject
    PersonalFeeds feeds;

    @Inject
    GovernanceCalendars calendars;

    @Context
    UriInfo uriInfo;

    @GET
    public Response personal(@PathParam("secret") String secret) {
        Member member = feeds.memberOf(secret)
                .orElseThrow(() -> new NotFoundException("Cet agenda n'existe pas ou son adresse a été révoquée."));
        Body body = bodies.byId(member.getBodyId()).orElseThrow();
        return Response.fromResponse(CalendarResponse.of("agenda-" + body.getSlug() + ".ics",
                calendars.personalFeed(body, member, BodyCalendarPages.site(uriInfo))))
                .header("Cache-Control", "private, no-store").build();
    }
}
