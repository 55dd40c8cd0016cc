package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.MemberRole;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what in governance, all in one place.
 *
 * <ul>
 *   <li><b>Secretariat of a body</b>: the realm roles {@code admin} and {@code secretariat} (platform-wide), and
 *   the body's sitting members whose role there is {@code secretariat} (that body only). The secretariat
 *   schedules meetings, writes minutes and moves them along, records decisions and actions, and edits any action.</li>
 *   <li><b>Readers of reserved documents</b> (members-only minutes, drafts, comments, non-public decisions and
 *   actions, video links, attendance): the body's sitting members and its secretariat. Others get 404: they must
 *   not learn that such a document exists.</li>
 *   <li><b>Members</b> comment on minutes under review; an action's owner (or co-contributor) reports progress.</li>
 * </ul>
 * People are matched to seats by username, or for invited members by their verified e-mail address.
 */
@RequestScoped
public class GovernancePolicy {

    static final String NOT_FOUND = "Cet élément n'existe pas ou n'est pas visible avec votre compte.";

    @Inject
    Caller caller;

    @Inject
    MySeats mySeats;

    private List<Member> seats;

    /** The caller's sitting seat in the body, if any. */
    public Optional<Member> seat(Body body) {
        if (seats == null) {
            seats = mySeats.all();
        }
        return seats.stream().filter(m -> m.getBodyId().equals(body.getId())).findFirst();
    }

    public boolean isSecretariat(Body body) {
        if (!caller.isSignedIn()) {
            return false;
        }
        var roles = caller.roles();
        return roles.contains(Roles.ADMIN) || roles.contains(Roles.SECRETARIAT)
                || seat(body).map(m -> m.getRole() == MemberRole.SECRETARIAT).orElse(false);
    }

    public boolean mayReadReserved(Body body) {
        return isSecretariat(body) || seat(body).isPresent();
    }

    public boolean mayRead(Body body, Readership readership) {
        return readership == Readership.PUBLIC || mayReadReserved(body);
    }

    /** 404 for anyone who may not read it, whether or not it exists. */
    public void requireRead(Body body, Readership readership) {
        if (!mayRead(body, readership)) {
            throw new NotFoundException(NOT_FOUND);
        }
    }

    /** 401 for anonymous callers, 403 for signed-in people outside the body's secretariat. */
    public void requireSecretariat(Body body) {
        caller.requireSignedIn();
        if (!isSecretariat(body)) {
            throw new ForbiddenException("Seul le secrétariat de l'instance « " + body.getName()
                    + " » peut effectuer cette action.");
        }
    }

    /** 401 for anonymous callers, 403 for people who hold no seat in the body (the secretariat may too). */
    public void requireMemberOrSecretariat(Body body) {
        caller.requireSignedIn();
        if (!mayReadReserved(body)) {
            throw new ForbiddenException("Seuls les membres de l'instance « " + body.getName()
                    + " » peuvent effectuer cette action.");
        }
    }

    public Caller caller() {
        return caller;
    }
}
