package fr.passerelle.resources.control;

import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * Who may do what with resources, all in one place. Published resources are public; a proposal is seen by
 * its author and the editors only, and anyone else is told it does not exist (404), not that it is hidden.
 */
@RequestScoped
public class ResourcePolicy {

    static final String NOT_FOUND = "Aucune ressource ne porte cet identifiant, ou elle n'est pas publiée.";

    @Inject
    Caller caller;

    /** Editors of the national content, and administrators. */
    public boolean isEditor() {
        return isEditor(caller);
    }

    static boolean isEditor(Caller someone) {
        return someone.isSignedIn() && (someone.roles().contains(Roles.EDITOR) || someone.roles().contains(Roles.ADMIN));
    }

    /** The reading rule for any caller, also where no request-scoped caller is at hand (file downloads). */
    static boolean mayRead(Resource r, Caller someone) {
        return r.isPublished() || isEditor(someone) || r.isProposedBy(someone.subject());
    }

    /** Any signed-in person may propose a resource or report one; it stays private until an editor publishes it. */
    public void checkMayPropose() {
        caller.requireSignedIn();
    }

    public void checkMayReview() {
        caller.requireAnyRole(Roles.EDITOR, Roles.ADMIN);
    }

    public boolean mayRead(Resource r) {
        return mayRead(r, caller);
    }

    /** @throws NotFoundException when there is no such resource or the caller may not know of it */
    public Resource readable(Optional<Resource> found) {
        return found.filter(this::mayRead).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /**
     * Editors edit any resource; a proposer edits their own while it waits for review or for their changes.
     *
     * @throws jakarta.ws.rs.NotAuthorizedException (401) when anonymous
     * @throws NotFoundException (404) for someone else's proposal
     * @throws ForbiddenException (403) for a published resource or a proposal that is no longer pending
     */
    public Resource checkMayEdit(Optional<Resource> found) {
        caller.requireSignedIn();
        Resource r = readable(found);
        if (mayEdit(r)) {
            return r;
        }
        if (r.isProposedBy(caller.subject())) {
            throw new ForbiddenException("Cette proposition est " + r.status().label()
                    + " : seule l'équipe éditoriale peut désormais la modifier.");
        }
        throw new ForbiddenException("Seule l'équipe éditoriale peut modifier une ressource publiée.");
    }

    public boolean mayEdit(Resource r) {
        return isEditor() || r.isProposedBy(caller.subject()) && r.status().isPending();
    }
}
