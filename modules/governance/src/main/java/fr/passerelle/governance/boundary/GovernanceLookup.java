package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionRepository;
import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.InputRules;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Meeting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * Finds what an address names, or answers 404 in French: unknown ids, malformed ids and objects the caller may not
 * read all look the same from outside.
 */
@RequestScoped
public class GovernanceLookup {

    static final String NOT_FOUND = "Cet élément n'existe pas ou n'est pas visible avec votre compte.";

    @Inject
    BodyRepository bodies;

    @Inject
    MeetingRepository meetings;

    @Inject
    ActionRepository actions;

    @Inject
    DecisionRepository decisions;

    @Inject
    GovernancePolicy policy;

    public record MeetingOf(Body body, Meeting meeting) {
    }

    public record ActionOf(Body body, Action action) {
    }

    public record DecisionOf(Body body, Decision decision) {
    }

    public Body body(String slug) {
        return bodies.bySlug(slug).orElseThrow(() -> new NotFoundException("Aucune instance ne porte cet identifiant."));
    }

    public MeetingOf meeting(String id) {
        Meeting m = InputRules.id(id).flatMap(meetings::byId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return new MeetingOf(bodies.byId(m.getBodyId()).orElseThrow(), m);
    }

    /**
     * A meeting of the named body only (pages address meetings below their body), by id or, for imported meetings,
     * by slug: seed pages keep the same address from one database to the next.
     */
    public MeetingOf meeting(String bodySlug, String id) {
        Body body = body(bodySlug);
        Meeting m = InputRules.id(id).flatMap(meetings::byId).or(() -> meetings.bySlug(body.getId(), id))
                .filter(x -> x.getBodyId().equals(body.getId())).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return new MeetingOf(body, m);
    }

    /** A meeting the caller is the secretariat of (401 anonymous, 403 others): for every write on a meeting. */
    public MeetingOf meetingForSecretariat(String id) {
        MeetingOf found = meeting(id);
        policy.requireSecretariat(found.body());
        return found;
    }

    public MeetingOf meetingForSecretariat(String bodySlug, String id) {
        MeetingOf found = meeting(bodySlug, id);
        policy.requireSecretariat(found.body());
        return found;
    }

    /** An action the caller may read; others are 404. */
    public ActionOf action(String id) {
        Action a = InputRules.id(id).flatMap(actions::byId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return readable(a);
    }

    /** An action of the named body by id or, for imported actions, by the key of its content file. */
    public ActionOf action(String bodySlug, String id) {
        Body body = body(bodySlug);
        Action a = InputRules.id(id).flatMap(actions::byId).or(() -> actions.byImportKey(body.getId(), id))
                .filter(x -> x.getBodyId().equals(body.getId())).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return readable(a);
    }

    private ActionOf readable(Action a) {
        Body body = bodies.byId(a.getBodyId()).orElseThrow();
        policy.requireRead(body, a.getVisibility());
        return new ActionOf(body, a);
    }

    /** A decision the caller may read, by id or number; others are 404. */
    public DecisionOf decision(Body body, String reference) {
        Decision d = decisions.byReference(body.getId(), reference).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        policy.requireRead(body, d.getVisibility());
        return new DecisionOf(body, d);
    }
}
