package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.SecretariatDashboard;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The secretariat's dashboard of a body, with the forms to plan a meeting and create an action. */
@Path("gouvernance/{body}/tableau-de-bord")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    SecretariatDashboard dashboard;

    @Inject
    BodyRepository bodies;

    @GET
    public Response show(@PathParam("body") String slug) {
        Body body = lookup.body(slug);
        policy.requireSecretariat(body);
        SecretariatDashboard.View d = dashboard.of(body);
        View view = View.of("governance/dashboard.vm", "Tableau de bord — " + body.getName())
                .with("body", body)
                .with("byOwner", d.byOwner())
                .with("byCollege", d.byCollege())
                .with("total", d.total())
                .with("lastMeeting", d.lastMeeting().map(m -> PageModels.meeting(m, slug)).orElse(null))
                .with("changes", d.changes().stream().map(c -> java.util.Map.of("at", c.atLabel(), "title",
                        c.actionTitle(), "url", c.actionUrl(), "by", c.author(), "comment", c.comment(),
                        "progress", c.progress() == null ? "" : c.progress() + " %",
                        "status", c.status() == null ? "" : c.status())).toList())
                .with("newActions", d.newActions().stream().map(PageModels::action).toList())
                .with("members", bodies.members(body.getId()).stream()
                        .map(m -> java.util.Map.of("id", m.getId(), "name", m.getName())).toList())
                .with("visibilities", ActionPages.options(Readership.class))
                .with("defaultVisibility", body.getDefaultVisibility().code());
        return Response.ok(view).header("Cache-Control", "no-store").build();
    }
}
