package fr.passerelle.events.boundary;

import java.util.List;

/** The JSON of a registration: with a bearer token (confirmed at once) or as a guest (confirmed by e-mail). */
public record RegistrationDraft(String name, String email, String organisation, String structureType, String commune,
                                String accessibility, List<Long> sessions, Boolean consent) {
}
