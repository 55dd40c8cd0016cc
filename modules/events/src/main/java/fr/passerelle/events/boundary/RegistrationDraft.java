package fr.passerelle.events.boundary;

import java.util.List;

/** The JSON of a registration: with a bearer token (confirmed at once) or as a guest (confirmed by e-mail). */
public class RegistrationDraft {

    public String name;
    public String email;
    public String organisation;
    public String structureType;
    public String commune;
    public String accessibility;
    public List<Long> sessions;
    public Boolean consent;
}
