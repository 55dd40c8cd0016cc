package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The secretariat sets a body's colleges: the given list, in order. Known codes are renamed, new ones added;
 * a college left out is removed, unless members still sit in it (409: move them first).
 */
@ApplicationScoped
public class EditColleges {

    public static final int LABEL_MAX = 200;
    static final int COLLEGES_MAX = 20;

    /** A college as given: the code may be empty (derived from the label). */
    public record Entry(String code, String label) {
    }

    @Inject
    BodyRepository bodies;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<College> replace(Body body, List<Entry> entries) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (entries == null || entries.isEmpty() || entries.size() > COLLEGES_MAX) {
            throw InvalidInput.of("colleges", "doit compter de 1 à " + COLLEGES_MAX + " collèges");
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Entry e : entries) {
            String label = TextFields.line(errors, "colleges", e == null ? null : e.label(), LABEL_MAX);
            String code = e == null || e.code() == null || e.code().isBlank() ? Slugs.of(label) : e.code().strip();
            if (label != null && !Slugs.isValid(code)) {
                errors.add("colleges", "code de collège invalide « " + code + " »");
            } else if (label != null && wanted.put(code, label) != null) {
                errors.add("colleges", "le collège « " + code + " » figure deux fois");
            }
        }
        errors.throwIfAny();
        List<College> current = bodies.colleges(body.getId());
        Set<Long> seated = bodies.members(body.getId()).stream().map(Member::getCollegeId).collect(Collectors.toSet());
        for (College c : current) {
            if (!wanted.containsKey(c.getCode()) && seated.contains(c.getId())) {
                throw new Conflict("Des membres siègent encore dans le collège « " + c.getLabel()
                        + " » : changez-les de collège avant de le retirer.");
            }
        }
        Map<String, College> byCode = current.stream().collect(Collectors.toMap(College::getCode, c -> c));
        int position = 1;
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            College c = byCode.remove(e.getKey());
            if (c == null) {
                bodies.add(new College(body.getId(), e.getKey(), e.getValue(), position));
            } else {
                c.rename(e.getValue(), position);
            }
            position++;
        }
        byCode.values().forEach(bodies::remove);
        return bodies.colleges(body.getId());
    }
}
