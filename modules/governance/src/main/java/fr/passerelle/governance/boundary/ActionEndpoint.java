package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionDraft;
import fr.passerelle.governance.control.ActionPatch;
import fr.passerelle.governance.control.ActionRepository;
import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.CreateAction;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.InputRules;
import fr.passerelle.governance.control.MemberLookup;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.control.UpdateAction;
import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.api.ListResult;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actions followed to completion. */
@Path("api/governance/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class ActionEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    BodyRepository bodies;

    @Inject
    BodyDirectory directory;

    @Inject
    ActionRepository actions;

    @Inject
    DecisionRepository decisions;

    @Inject
    MemberLookup members;

    @Inject
    CreateAction creation;

    @Inject
    UpdateAction updating;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Les actions, par échéance : body (slug), owner (identifiant de membre, me pour les siennes ; "
            + "nom d'utilisateur pour le secrétariat), status (a-faire, en-cours, faite, abandonnee), late=true pour les seules actions en "
            + "retard (actions publiques pour tous, réservées pour les membres de leur instance)")
    public ListResult<ActionView> list(@QueryParam("body") String bodySlug, @QueryParam("owner") String owner,
                                       @QueryParam("status") String status, @QueryParam("late") String late,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ActionStatus s = InputRules.term(errors, "status", status, ActionStatus.class,
                ActionStatus.A_FAIRE);
        if (late != null && !late.isBlank() && !late.equals("true") && !late.equals("false")) {
            errors.add("late", "doit valoir true ou false");
        }
        errors.throwIfAny();
        Body body = bodySlug == null || bodySlug.isBlank() ? null : lookup.body(bodySlug);
        List<Body> scope = body == null ? bodies.all() : List.of(body);
        List<Long> readable = scope.stream().filter(policy::mayReadReserved).map(Body::getId).toList();
        Set<Long> owners = owner == null || owner.isBlank() ? null : owners(scope, owner.strip());
        var filter = new ActionRepository.Filter(body == null ? null : body.getId(), owners,
                status == null || status.isBlank() ? null : s, late == null || late.isBlank() ? null : late.equals("true"),
                ParisTime.today(clock), readable);
        Map<Long, Body> bodiesById = new HashMap<>();
        Map<Long, Map<Long, Member>> membersByBody = new HashMap<>();
        List<ActionView> items = actions.find(filter, paging).stream().map(a -> {
            Body b = bodiesById.computeIfAbsent(a.getBodyId(), id -> bodies.byId(id).orElseThrow());
            return view(b, a, membersByBody.computeIfAbsent(b.getId(), id -> directory.members(b)), false);
        }).toList();
        return new ListResult<>(actions.count(filter), paging, items);
    }

    /**
     * The seats {@code owner} names in the bodies looked at: {@code me} is the caller's own seats, a member id anyone's.
     * A username or an e-mail address is personal data that only the secretariat sees ({@link MemberView}), so only the
     * secretariat may look a member up by it: otherwise anyone could learn who holds an address, and what they owe.
     */
    private Set<Long> owners(List<Body> scope, String owner) {
        Set<Long> ids = new HashSet<>();
        boolean me = owner.equals("me");
        boolean byId = InputRules.id(owner).isPresent();
        boolean looked = false;
        for (Body b : scope) {
            if (me) {
                caller.requireSignedIn();
                policy.seat(b).ifPresent(m -> ids.add(m.getId()));
            } else if (byId || policy.isSecretariat(b)) {
                looked = true;
                members.find(b, owner).ifPresent(m -> ids.add(m.getId()));
            }
        }
        if (!me && !looked) {
            throw InvalidInput.of("owner", "doit être un identifiant de membre ou « me » (chercher par nom d'utilisateur "
                    + "ou adresse électronique est réservé au secrétariat de l'instance)");
        }
        return ids;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une action et son journal de mises à jour")
    @APIResponse(responseCode = "404", description = "Action inconnue ou réservée aux membres de son instance")
    public ActionView get(@PathParam("id") String id) {
        GovernanceLookup.ActionOf found = lookup.action(id);
        return view(found.body(), found.action(), directory.members(found.body()), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Crée une action ({\"body\", \"title\", \"owner\": nom d'utilisateur ou identifiant d'un membre, "
            + "ou \"ownerOrganisation\", \"dueDate\": AAAA-MM-JJ, \"decision\": numéro ou identifiant, \"contributors\", "
            + "\"description\", \"visibility\"}) (secrétariat)")
    @APIResponse(responseCode = "201", description = "Action créée")
    @APIResponse(responseCode = "400", description = "Données invalides (responsable qui n'est pas membre, date hors "
            + "2000-2100…)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    public Response create(ActionDraft draft) {
        caller.requireSignedIn();
        if (draft == null || draft.body() == null || draft.body().isBlank()) {
            throw InvalidInput.of("body", "est obligatoire : l'identifiant (slug) de l'instance");
        }
        Body body = bodies.bySlug(draft.body().strip())
                .orElseThrow(() -> InvalidInput.of("body", "ne désigne aucune instance"));
        policy.requireSecretariat(body);
        Action a = creation.create(body, draft, caller.subject(), caller.name());
        return Response.created(uriInfo.getBaseUriBuilder().path("api/governance/actions")
                .path(String.valueOf(a.getId())).build()).entity(view(body, a, directory.members(body), true)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Met à jour une action : status, progress (0 à 100), comment, evidence (lien http ou https), "
            + "reason (obligatoire pour abandonner) par son responsable ou ses contributeurs ; title, description, "
            + "dueDate, owner, ownerOrganisation, contributors, visibility par le secrétariat. Chaque mise à jour est datée "
            + "dans le journal de l'action.")
    @APIResponse(responseCode = "200", description = "Action mise à jour")
    @APIResponse(responseCode = "400", description = "Données invalides (avancement hors 0-100, lien non web…)")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Ni responsable, ni contributeur, ni secrétariat")
    @APIResponse(responseCode = "404", description = "Action inconnue ou réservée aux membres de son instance")
    public ActionView update(@PathParam("id") String id, ActionPatch patch) {
        caller.requireSignedIn();
        GovernanceLookup.ActionOf found = lookup.action(id);
        Action a = updating.update(found.body(), found.action(), patch);
        return view(found.body(), a, directory.members(found.body()), true);
    }

    /** A public action may come from a members-only decision: its number is shown to that decision's readers only. */
    ActionView view(Body body, Action a, Map<Long, Member> members, boolean withLog) {
        String number = a.getDecisionId() == null ? null : decisions.byId(a.getDecisionId())
                .filter(d -> policy.mayRead(body, d.getVisibility())).map(Decision::getNumber).orElse(null);
        return ActionView.of(a, body, members, number, clock, withLog ? actions.updates(a.getId()) : null);
    }
}
