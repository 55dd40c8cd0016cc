package fr.passerelle.territories.control;

import fr.passerelle.kernel.history.Changes;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.territories.entity.Initiative;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of an initiative as history compares them, under their API names. */
final class InitiativeSnapshot {

    private InitiativeSnapshot() {
    }

    static Map<String, Object> of(Initiative i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", i.getTitle());
        m.put("summary", i.getSummary());
        m.put("status", i.getStatus() == null ? null : i.getStatus().code());
        m.put("startDate", i.getStartDate());
        m.put("endDate", i.getEndDate());
        m.put("themes", i.getThemes().stream().map(Term::code).toList());
        m.put("audiences", i.getAudiences().stream().map(Term::code).toList());
        m.put("problem", i.getProblem());
        m.put("actions", i.getActions());
        m.put("whatWorked", i.getWhatWorked());
        m.put("whatStuck", i.getWhatStuck());
        m.put("toSpread", i.getToSpread());
        m.put("licence", i.getLicence().id());
        m.put("partners", i.getPartners().stream().map(Object::toString).toList());
        m.put("funding", i.getFunding().stream().map(Object::toString).toList());
        m.put("indicators", i.getIndicators().stream().map(Object::toString).toList());
        m.put("resources", i.getResources());
        m.put("publication", i.getPublication());
        return m;
    }

    /** Every field whose value differs; {@code before} is empty for a creation. */
    static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Changes changes = new Changes();
        after.forEach((field, value) -> changes.compare(field, before.get(field), value));
        return changes.list();
    }
}
