package fr.passerelle.territories.control;

import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.Set;

/**
 * Who may do what with territories and initiatives, all in one place: national editors and
 * administrators write everywhere and may unpublish; a territory editor writes, and publishes, only the
 * initiatives of the territories in their {@code territories} claim; administrators register territories.
 */
@RequestScoped
public class TerritoryPolicy {

    @Inject
    Caller caller;

    public boolean isNationalEditor() {
        return isNationalEditor(caller);
    }

    static boolean isNationalEditor(Caller caller) {
        Set<String> roles = caller.roles();
        return roles.contains(Roles.EDITOR) || roles.contains(Roles.ADMIN);
    }

    /** The territories a territory editor writes for (empty for anyone else). */
    public Set<String> ownTerritories() {
        return ownTerritories(caller);
    }

    static Set<String> ownTerritories(Caller caller) {
        return caller.isSignedIn() && caller.roles().contains(Roles.TERRITORY_EDITOR) ? caller.territories() : Set.of();
    }

    public boolean mayWrite(Territory territory) {
        return mayWrite(caller, territory);
    }

    static boolean mayWrite(Caller caller, Territory territory) {
        return caller.isSignedIn() && (isNationalEditor(caller) || ownTerritories(caller).contains(territory.getSlug()));
    }

    /** Published initiatives are public; drafts are seen by those who may write them. */
    public boolean mayRead(Initiative initiative) {
        return mayRead(caller, initiative);
    }

    static boolean mayRead(Caller caller, Initiative initiative) {
        return initiative.isPublished() || mayWrite(caller, initiative.getTerritory());
    }

    /** @throws jakarta.ws.rs.NotAuthorizedException (401) anonymous, {@link ForbiddenException} (403) another territory */
    public void checkMayWrite(Territory territory) {
        caller.requireSignedIn();
        if (!mayWrite(territory)) {
            Set<String> own = ownTerritories();
            throw new ForbiddenException(own.isEmpty()
                    ? "Seuls les éditeurs de ce territoire et l'équipe nationale peuvent écrire ses initiatives."
                    : "Votre compte écrit pour " + String.join(", ", own) + " : il ne peut pas écrire pour « "
                    + territory.getName() + " ».");
        }
    }

    /** Unpublishing takes an initiative away from the commons: national editors and administrators only. */
    public void checkMayUnpublish() {
        caller.requireAnyRole(Roles.EDITOR, Roles.ADMIN);
    }

    public void checkMayRegisterTerritory() {
        caller.requireAnyRole(Roles.ADMIN);
    }

    /** "Copier comme modèle" is offered to territory editors, for their own territories. */
    public boolean mayCopy() {
        return !ownTerritories().isEmpty();
    }
}
