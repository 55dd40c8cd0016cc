package fr.passerelle.resources.control;

import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who may do what with resources: the module's access rules, all in one place. */
@RequestScoped
public class ResourcePolicy {

    @Inject
    Caller caller;

    /** Any signed-in person may propose a resource; it stays private until an editor publishes it. */
    public void checkMayPropose() {
        caller.requireSignedIn();
    }
}
