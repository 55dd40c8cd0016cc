package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

/** Who may do what with events: the module's access rules, all in one place. */
@RequestScoped
public class EventPolicy {

    @Inject
    Caller caller;

    /** Creating events and their programme: administrators. */
    public void checkMayPlan() {
        caller.requireAnyRole(Roles.ADMIN);
    }

    public boolean mayOrganise(Event event) {
        return caller.isSignedIn() && (caller.roles().contains(Roles.ADMIN) || event.isOrganiser(caller.username()));
    }

    /** Dashboard, export, capacities, closing, messages: administrators and the event's organisers. */
    public void checkMayOrganise(Event event) {
        caller.requireSignedIn();
        if (!mayOrganise(event)) {
            throw new ForbiddenException("Seuls les organisateurs de « " + event.getTitle()
                    + " » et les administrateurs ont accès à cette page ou à cette action.");
        }
    }

    /** Check-in: the reception staff, and the organisers. */
    public void checkMayCheckIn(Event event) {
        caller.requireSignedIn();
        if (!caller.roles().contains(Roles.EVENT_STAFF) && !mayOrganise(event)) {
            throw new ForbiddenException("L'accueil des participants est réservé à l'équipe d'accueil et aux "
                    + "organisateurs de « " + event.getTitle() + " ».");
        }
    }
}
