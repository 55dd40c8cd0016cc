package fr.passerelle.events.boundary;

/** The JSON of a check-in: the code of the QR code, and the session's id at a session's door (none at the entrance). */
public class CheckInDraft {

    public String code;
    public Long session;
}
