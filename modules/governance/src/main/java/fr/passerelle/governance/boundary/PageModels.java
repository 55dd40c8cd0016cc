package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionSummary;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Meeting;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values templates show, pre-formatted in French (Velocity only reads; it never formats dates). */
final class PageModels {

    private PageModels() {
    }

    static Map<String, Object> meeting(Meeting m, String bodySlug) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.getId());
        v.put("title", m.getTitle());
        v.put("when", ParisTime.dateTime(m.getStartsAt()));
        v.put("date", ParisTime.date(ParisTime.dateOf(m.getStartsAt())));
        v.put("location", m.getLocation());
        v.put("status", m.getStatus().label());
        v.put("statusCode", m.getStatus().code());
        v.put("url", m.path(bodySlug));
        return v;
    }

    static Map<String, Object> decision(Decision d, String bodySlug) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", d.getId());
        v.put("number", d.getNumber());
        v.put("title", d.getTitle());
        v.put("text", d.getText());
        v.put("outcome", d.getOutcomeLabel());
        v.put("date", ParisTime.date(d.getDecidedOn()));
        v.put("reserved", d.getVisibility().code().equals("members"));
        v.put("url", "/gouvernance/" + bodySlug + "/decisions/" + d.getNumber());
        return v;
    }

    static Map<String, Object> action(ActionSummary s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", s.id());
        v.put("title", s.title());
        v.put("owner", s.owner());
        v.put("due", s.dueDateLabel());
        v.put("status", s.statusLabel());
        v.put("progress", s.progress());
        v.put("late", s.late());
        v.put("reserved", s.visibility().equals("members"));
        v.put("url", s.url());
        return v;
    }
}
