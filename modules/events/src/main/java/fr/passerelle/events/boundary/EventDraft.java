package fr.passerelle.events.boundary;

import java.util.List;

/** The JSON an administrator sends to create an event (times in ISO 8601, with an offset or in Europe/Paris). */
public class EventDraft {

    public String slug;
    public String edition;
    public String title;
    public String description;
    public String venue;
    public String address;
    public String startsAt;
    public String endsAt;
    public String registrationOpensAt;
    public String registrationClosesAt;
    public Integer capacity;
    public List<String> organisers;
}
