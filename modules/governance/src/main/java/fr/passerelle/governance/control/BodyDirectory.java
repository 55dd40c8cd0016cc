package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A body's members and colleges by id, loaded once for a page or an answer that names many of them. */
@ApplicationScoped
public class BodyDirectory {

    @Inject
    BodyRepository bodies;

    public Map<Long, Member> members(Body body) {
        return bodies.members(body.getId()).stream()
                .collect(Collectors.toMap(Member::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Map<Long, College> colleges(Body body) {
        return bodies.colleges(body.getId()).stream()
                .collect(Collectors.toMap(College::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The composition: members grouped by college, in the body's order of colleges. */
    public Map<College, List<Member>> composition(Body body) {
        Map<Long, List<Member>> byCollege = bodies.members(body.getId()).stream()
                .collect(Collectors.groupingBy(Member::getCollegeId));
        Map<College, List<Member>> result = new LinkedHashMap<>();
        for (College c : bodies.colleges(body.getId())) {
            result.put(c, byCollege.getOrDefault(c.getId(), List.of()));
        }
        return result;
    }
}
