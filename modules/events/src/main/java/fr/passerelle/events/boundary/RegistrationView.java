package fr.passerelle.events.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer to a registration: its id, its status (pending, confirmed or waitlisted), its place on the waiting
 * list (0 when not waiting) and the management link, given only to whoever may have it at that moment (null when
 * the e-mail already had a registration: the link was sent to that address).
 */
@JsonbPropertyOrder({"id", "status", "position", "manageUrl"})
public record RegistrationView(long id, String status, long position, @JsonbNillable String manageUrl) {
}
