package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.MemberRole;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Gives a person a seat in a body, or updates the seat they hold (found by username, else by e-mail). */
@ApplicationScoped
public class SeatMember {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[a-z]{2,63}");
    static final int NAME_MAX = 200;
    /** RFC 5321's longest address; the pattern's parts alone would allow 384 characters, more than the column holds. */
    static final int EMAIL_MAX = 254;

    @Inject
    BodyRepository bodies;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Member seat(Body body, MemberDraft d, boolean illustrative) {
        if (d == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant le membre est attendu");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String username = d.username() == null || d.username().isBlank() ? null : d.username().strip().toLowerCase(Locale.ROOT);
        String email = d.email() == null || d.email().isBlank() ? null : d.email().strip().toLowerCase(Locale.ROOT);
        if (username == null && email == null) {
            errors.add("username", "indiquez le nom d'utilisateur de la personne, ou son adresse électronique (email) "
                    + "pour l'inviter");
        }
        if (username != null && !USERNAME.matcher(username).matches()) {
            errors.add("username", "n'est pas un nom d'utilisateur valide");
        }
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.add("email", "n'est pas une adresse électronique valide");
        }
        String name = TextFields.line(errors, "name", d.name(), NAME_MAX);
        String organisation = TextFields.line(errors, "organisation", d.organisation(), NAME_MAX);
        College college = bodies.colleges(body.getId()).stream()
                .filter(c -> c.getCode().equals(d.college() == null ? "" : d.college().strip())).findFirst().orElse(null);
        if (college == null) {
            errors.add("college", "doit être le code d'un collège de l'instance ("
                    + String.join(", ", bodies.colleges(body.getId()).stream().map(College::getCode).toList()) + ")");
        }
        MemberRole role = InputRules.term(errors, "role", d.role(), MemberRole.class, MemberRole.MEMBRE);
        LocalDate start = InputRules.date(errors, "mandateStart", d.mandateStart());
        LocalDate end = InputRules.optionalDate(errors, "mandateEnd", d.mandateEnd());
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("mandateEnd", "doit suivre le début du mandat");
        }
        errors.throwIfAny();
        Optional<Member> existing = username != null ? bodies.memberByUsername(body.getId(), username)
                : bodies.memberByEmail(body.getId(), email);
        Member m = existing.orElseGet(() -> new Member(body.getId(), username, email, ParisTime.now(clock)));
        m.describe(name, organisation, college.getId(), role, start, end, illustrative);
        if (existing.isEmpty()) {
            bodies.add(m);
        }
        return m;
    }
}
