package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds a body's member from what a client names them by: a member id, a username or an e-mail address. */
@ApplicationScoped
public class MemberLookup {

    @Inject
    BodyRepository bodies;

    public Optional<Member> find(Body body, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String r = reference.strip();
        Optional<Long> id = InputRules.id(r);
        if (id.isPresent()) {
            return bodies.member(id.get()).filter(m -> m.getBodyId().equals(body.getId()));
        }
        return r.contains("@") ? bodies.memberByEmail(body.getId(), r) : bodies.memberByUsername(body.getId(), r);
    }

    /** A required member; an unknown one (or one of another body) is a field error. */
    public Member require(InvalidInput.Collector errors, String field, Body body, String reference) {
        Optional<Member> m = find(body, reference);
        if (m.isEmpty()) {
            errors.add(field, "doit désigner un membre de l'instance (identifiant de membre, nom d'utilisateur ou "
                    + "adresse électronique) : « " + clip(reference) + " » n'en est pas un");
            return null;
        }
        return m.get();
    }

    public Set<Long> requireAll(InvalidInput.Collector errors, String field, Body body, List<String> references) {
        Set<Long> ids = new LinkedHashSet<>();
        if (references == null) {
            return ids;
        }
        if (references.size() > 50) {
            errors.add(field, "ne doit pas compter plus de 50 personnes");
            return ids;
        }
        for (String reference : references) {
            Member m = require(errors, field, body, reference);
            if (m != null) {
                ids.add(m.getId());
            }
        }
        return ids;
    }

    private static String clip(String s) {
        String v = s == null ? "" : s.strip();
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }
}
