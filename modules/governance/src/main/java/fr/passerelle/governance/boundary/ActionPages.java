package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionDraft;
import fr.passerelle.governance.control.ActionPatch;
import fr.passerelle.governance.control.ActionRepository;
import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.CreateAction;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.control.UpdateAction;
import fr.passerelle.governance.control.ActionSummary;
import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An action's page with its log, the owner's update form, and the secretariat's form to create one. */
@Path("gouvernance/{body}/actions")
@Produces(MediaType.TEXT_HTML)
public class ActionPages {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    ActionRepository actions;

    @Inject
    DecisionRepository decisions;

    @Inject
    BodyDirectory directory;

    @Inject
    UpdateAction updating;

    @Inject
    CreateAction creation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("{id}")
    public View show(@PathParam("body") String slug, @PathParam("id") String id) {
        GovernanceLookup.ActionOf found = lookup.action(slug, id);
        Body body = found.body();
        Action a = found.action();
        Map<Long, Member> members = directory.members(body);
        Map<String, Object> v = PageModels.action(ActionSummary.of(a, body, members, ParisTime.today(clock)));
        v.put("description", a.getDescription());
        v.put("statusCode", a.getStatus().code());
        v.put("reason", a.getStatusReason());
        v.put("contributors", a.getContributorIds().stream().map(members::get).filter(java.util.Objects::nonNull)
                .map(Member::getName).sorted().toList());
        // A public action may come from a members-only decision: shown to that decision's readers only.
        v.put("decision", a.getDecisionId() == null ? null : decisions.byId(a.getDecisionId())
                .filter(d -> policy.mayRead(body, d.getVisibility())).map(d -> PageModels.decision(d, slug)).orElse(null));
        List<Map<String, Object>> log = actions.updates(a.getId()).stream().map(u -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", ParisTime.dateTime(u.getAt()));
            e.put("by", u.getAuthorName());
            e.put("comment", u.getComment());
            e.put("progress", u.getProgress());
            e.put("status", u.getStatus() == null ? null : u.getStatus().label());
            e.put("evidence", u.getEvidenceUrl());
            return e;
        }).toList();
        return View.of("governance/action.vm", a.getTitle())
                .with("body", body)
                .with("action", v)
                .with("log", log)
                .with("mayReport", updating.mayReport(body, a))
                .with("statuses", options(ActionStatus.class));
    }

    @POST
    @Path("{id}")
    @Transactional
    public Response update(@PathParam("body") String slug, @PathParam("id") String id,
                           @FormParam("status") String status, @FormParam("progress") String progress,
                           @FormParam("comment") String comment, @FormParam("evidence") String evidence,
                           @FormParam("reason") String reason) {
        caller.requireSignedIn();
        GovernanceLookup.ActionOf found = lookup.action(slug, id);
        updating.update(found.body(), found.action(), new ActionPatch(status, FormNumbers.parse("progress", progress),
                comment, evidence, reason == null || reason.isBlank() ? null : reason, null, null, null, null, null, null,
                null));
        return Response.seeOther(URI.create(found.action().path(slug) + "#journal")).build();
    }

    @POST
    @Transactional
    public Response create(@PathParam("body") String slug, @FormParam("title") String title,
                           @FormParam("description") String description, @FormParam("owner") String owner,
                           @FormParam("ownerOrganisation") String organisation, @FormParam("dueDate") String due,
                           @FormParam("decision") String decision, @FormParam("visibility") String visibility) {
        Body body = lookup.body(slug);
        policy.requireSecretariat(body);
        Action a = creation.create(body, new ActionDraft(slug, title, description, owner, organisation, List.of(), due,
                decision, visibility), caller.subject(), caller.name());
        return Response.seeOther(URI.create(a.path(slug))).build();
    }

    /** The vocabularies a form offers. */
    static <T extends Enum<T> & Term> List<Map<String, String>> options(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(t -> Map.of("code", t.code(), "label", t.label())).toList();
    }
}
