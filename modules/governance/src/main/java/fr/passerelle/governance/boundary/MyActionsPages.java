package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionRepository;
import fr.passerelle.governance.control.ActionSummary;
import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.MySeats;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.control.PersonalFeeds;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PublicAddress;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mes actions": what the signed-in person owns or contributes to in every body they sit on, late ones first,
 * and the secret address of their personal calendar feed (issued, regenerated, revoked here).
 */
@Path("gouvernance/mes-actions")
@Produces(MediaType.TEXT_HTML)
public class MyActionsPages {

    @Inject
    Caller caller;

    @Inject
    MySeats seats;

    @Inject
    BodyRepository bodies;

    @Inject
    BodyDirectory directory;

    @Inject
    ActionRepository actions;

    @Inject
    PersonalFeeds feeds;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    public Response show() {
        caller.requireSignedIn();
        return Response.ok(page(null, null)).header("Cache-Control", "no-store").build();
    }

    private View page(Long issuedFor, String secret) {
        var today = ParisTime.today(clock);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Member seat : seats.all()) {
            Body body = bodies.byId(seat.getBodyId()).orElseThrow();
            List<ActionSummary> mine = ActionSummary.of(actions.ofMembers(List.of(seat.getId())), body,
                    directory.members(body), today);
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("seat", seat.getId());
            g.put("body", body);
            g.put("role", seat.getRole().label());
            g.put("open", mine.stream().filter(a -> !a.closed())
                    .sorted((a, b) -> Boolean.compare(b.late(), a.late())).map(PageModels::action).toList());
            g.put("closed", mine.stream().filter(ActionSummary::closed).map(PageModels::action).toList());
            g.put("feedActive", feeds.hasActive(seat));
            g.put("feedUrl", seat.getId().equals(issuedFor) ? feedUrl(secret) : null);
            groups.add(g);
        }
        return View.of("governance/my-actions.vm", "Mes actions").with("groups", groups);
    }

    private String feedUrl(String secret) {
        String base = PublicAddress.of(uriInfo).toString();
        return base + "gouvernance/agenda/" + secret + ".ics";
    }

    private Member mySeat(String seat) {
        caller.requireSignedIn();
        return seats.all().stream().filter(m -> String.valueOf(m.getId()).equals(seat)).findFirst()
                .orElseThrow(() -> new NotFoundException("Vous ne siégez pas dans cette instance."));
    }

    /** Shown once, so the answer is the page itself (no redirect): the secret is never stored in clear. */
    @POST
    @Path("agenda")
    @Transactional
    public Response issue(@FormParam("seat") String seat) {
        Member m = mySeat(seat);
        String secret = feeds.issue(m);
        return Response.ok(page(m.getId(), secret)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("agenda/revocation")
    @Transactional
    public Response revoke(@FormParam("seat") String seat) {
        feeds.revoke(mySeat(seat));
        return Response.seeOther(URI.create("/gouvernance/mes-actions#agenda")).build();
    }
}
