package fr.passerelle.events.boundary;

import java.util.List;

/** The JSON that adds a session to a programme; kind is pleniere, atelier, masterclass or table-ronde. */
public class SessionDraft {

    public String title;
    public String kind;
    public String description;
    public String startsAt;
    public String endsAt;
    public String room;
    public String track;
    public List<String> speakers;
    public Integer capacity;
    public List<String> themes;
    public List<String> audiences;
}
