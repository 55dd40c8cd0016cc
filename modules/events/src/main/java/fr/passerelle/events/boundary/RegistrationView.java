package fr.passerelle.events.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer to a registration: its id, its status (pending, confirmed or waitlisted), its place on the waiting
 * list (0 when not waiting) and the management link, given only to whoever may have it at that moment (null when
 * the e-mail already had a registration: the link was sent to that address).
 */
@JsonbPropertyOrder({"id", "status", "position", "manageUrl"})
public class RegistrationView {

    public final long id;
    public final String status;
    public final long position;
    @JsonbNillable public final String manageUrl;

    public RegistrationView(long id, String status, long position, String manageUrl) {
        this.id = id;
        this.status = status;
        this.position = position;
        this.manageUrl = manageUrl;
    }
}
