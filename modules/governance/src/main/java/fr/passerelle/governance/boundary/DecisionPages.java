package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionRepository;
import fr.passerelle.governance.control.ActionSummary;
import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.DecisionExport;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The decisions register of a body: search, pages, CSV export, and each decision with the actions it created. */
@Path("gouvernance/{body}/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionPages {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    DecisionRepository decisions;

    @Inject
    MeetingRepository meetings;

    @Inject
    ActionRepository actions;

    @Inject
    BodyDirectory directory;

    @Inject
    DecisionExport export;

    @Inject
    Clock clock;

    @GET
    public View register(@PathParam("body") String slug, @QueryParam("q") String q, @QueryParam("annee") String year,
                         @QueryParam("page") String page) {
        Body body = lookup.body(slug);
        Paging paging = Paging.parse(page, null);
        boolean reserved = policy.mayReadReserved(body);
        Integer y = DecisionEndpoint.year(year);
        String words = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
        long total = decisions.countRegister(body.getId(), reserved, words, y);
        String query = "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + (y == null ? "" : "&annee=" + y);
        return View.of("governance/decisions.vm", "Registre des décisions — " + body.getName())
                .with("body", body)
                .with("q", words)
                .with("year", y == null ? "" : String.valueOf(y))
                .with("total", total)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total))
                .with("query", query)
                .with("decisions", decisions.register(body.getId(), reserved, words, y, paging).stream()
                        .map(d -> PageModels.decision(d, slug)).toList());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("body") String slug, @QueryParam("q") String q, @QueryParam("annee") String year) {
        Body body = lookup.body(slug);
        String csv = export.csv(body, decisions.register(body.getId(), policy.mayReadReserved(body), q,
                DecisionEndpoint.year(year), null));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decisions-" + slug + ".csv\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{number}")
    public View decision(@PathParam("body") String slug, @PathParam("number") String number) {
        GovernanceLookup.DecisionOf found = lookup.decision(lookup.body(slug), number);
        Body body = found.body();
        Decision d = found.decision();
        boolean reserved = policy.mayReadReserved(body);
        var members = directory.members(body);
        var today = ParisTime.today(clock);
        List<Map<String, Object>> created = actions.ofDecision(d.getId()).stream()
                .filter(a -> reserved || a.getVisibility() == Readership.PUBLIC)
                .map(a -> PageModels.action(ActionSummary.of(a, body, members, today))).toList();
        Map<String, Object> meeting = meetings.byId(d.getMeetingId()).map(m -> PageModels.meeting(m, slug)).orElse(null);
        String item = meetings.agendaItem(d.getAgendaItemId()).map(i -> i.getTitle()).orElse("");
        return View.of("governance/decision.vm", "Décision " + d.getNumber())
                .with("body", body)
                .with("decision", PageModels.decision(d, slug))
                .with("meeting", meeting)
                .with("item", item)
                .with("actions", created);
    }
}
