package fr.passerelle.events.boundary;

import fr.passerelle.events.control.Dates;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.web.Markdown;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Events and sessions as the templates read them: French dates, labels, seats left. */
final class PageModels {

    private PageModels() {
    }

    static Map<String, Object> event(Event e, OffsetDateTime now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", e.getSlug());
        m.put("path", e.getPath());
        m.put("title", e.getTitle());
        m.put("edition", e.getEdition());
        m.put("venue", e.getVenue());
        m.put("address", e.getAddress());
        m.put("dates", Dates.span(e.getStartsAt(), e.getEndsAt()));
        m.put("past", e.isPast(now));
        m.put("open", e.isRegistrationOpen(now));
        m.put("closedByOrganisers", e.isRegistrationClosed());
        m.put("opensAt", Dates.dayAndTime(e.getRegistrationOpensAt()));
        m.put("closesAt", Dates.dayAndTime(e.getRegistrationClosesAt()));
        m.put("notYetOpen", now.isBefore(e.getRegistrationOpensAt()));
        m.put("capacity", e.getCapacity());
        m.put("held", e.getHeld());
        m.put("free", Math.max(0, e.getCapacity() - e.getHeld()));
        return m;
    }

    static Map<String, Object> eventWithDescription(Event e, OffsetDateTime now) {
        Map<String, Object> m = event(e, now);
        m.put("descriptionHtml", Markdown.toHtml(e.getDescription()));
        return m;
    }

    static Map<String, Object> session(EventSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.getId());
        m.put("title", s.getTitle());
        m.put("kind", s.getKind().label());
        m.put("kindCode", s.getKind().code());
        m.put("day", Dates.day(s.getStartsAt()));
        m.put("when", Dates.dayAndTime(s.getStartsAt()));
        m.put("hours", Dates.time(s.getStartsAt()) + " – " + Dates.time(s.getEndsAt()));
        m.put("room", s.getRoom().isBlank() ? "Salle à préciser" : s.getRoom());
        m.put("track", s.getTrack());
        m.put("speakers", String.join(", ", s.getSpeakers()));
        m.put("description", s.getDescription());
        m.put("themes", s.getThemes().stream().map(Theme::label).toList());
        m.put("audiences", s.getAudiences().stream().map(Audience::label).toList());
        m.put("capacity", s.getCapacity());
        m.put("held", s.getHeld());
        m.put("free", Math.max(0, s.getCapacity() - s.getHeld()));
        return m;
    }
}
