package fr.passerelle.events.boundary;

/** The JSON that changes an event (capacity, registration closed by the organisers) or a session (capacity). */
public class CapacityChange {

    public Integer capacity;
    public Boolean registrationClosed;
}
