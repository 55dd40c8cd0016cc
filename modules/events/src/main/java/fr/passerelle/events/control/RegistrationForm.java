package fr.passerelle.events.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.events.entity.Registrant;
import fr.passerelle.events.entity.StructureType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a registration form or API call must hold before anything is stored. */
public final class RegistrationForm {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int ACCESSIBILITY_MAX = 1000;
    public static final int SESSIONS_MAX = 20;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private RegistrationForm() {
    }

    public record Raw(String name, String email, String organisation, String structureType, String commune,
                      String accessibility, List<Long> sessions, Boolean consent) {
    }

    /** The checked request: who, and which sessions (distinct, in ascending order). */
    public record Checked(Registrant registrant, List<Long> sessions) {
    }

    /**
     * @param subject       the token subject of a signed-in caller, null for a guest
     * @param verifiedEmail the address the identity provider verified for that caller, null if none: a signed-in
     *                      person is confirmed at once only for that address; any other address they type is
     *                      treated as a guest's, confirmed by its own e-mail link, so nobody can register a
     *                      stranger's address without the stranger's consent
     */
    public static Checked check(Raw raw, String subject, String verifiedEmail) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = TextFields.line(errors, "name", raw.name(), NAME_MAX);
        String email = email(errors, raw.email());
        String organisation = raw.organisation() == null || raw.organisation().isBlank() ? ""
                : TextFields.line(errors, "organisation", raw.organisation(), NAME_MAX);
        StructureType type = StructureType.AUTRE;
        if (raw.structureType() != null && !raw.structureType().isBlank()) {
            type = StructureType.fromCode(raw.structureType().strip()).orElse(null);
            if (type == null) {
                errors.add("structureType", "est inconnu (valeurs possibles : " + StructureType.codes() + ")");
            }
        }
        String commune = null;
        if (raw.commune() != null && !raw.commune().isBlank()) {
            commune = raw.commune().strip().toUpperCase(Locale.ROOT);
            if (CommuneCodes.name(commune).isEmpty()) {
                errors.add("commune", "n'est pas le code officiel (INSEE) d'une commune actuelle, par exemple 44109 "
                        + "pour Nantes");
            }
        }
        String accessibility = TextFields.text(errors, "accessibility", raw.accessibility(), ACCESSIBILITY_MAX);
        List<Long> sessions = new ArrayList<>(new LinkedHashSet<>(raw.sessions() == null ? List.of() : raw.sessions()));
        if (sessions.contains(null)) {
            errors.add("sessions", "contient une valeur vide");
        } else if (sessions.size() > SESSIONS_MAX) {
            errors.add("sessions", SESSIONS_MAX + " sessions au plus");
        }
        if (!Boolean.TRUE.equals(raw.consent())) {
            errors.add("consent", "vous devez accepter la notice de confidentialité pour vous inscrire");
        }
        errors.throwIfAny();
        sessions.sort(null);
        String emailKey = email.toLowerCase(Locale.ROOT);
        String owner = subject != null && emailKey.equals(verifiedEmail) ? subject : null;
        return new Checked(new Registrant(name, email, emailKey, organisation, type, commune, accessibility, owner),
                sessions);
    }

    static String email(InvalidInput.Collector errors, String value) {
        if (value == null || value.isBlank()) {
            errors.add("email", "est obligatoire");
            return null;
        }
        String v = value.strip();
        if (v.length() > EMAIL_MAX || !EMAIL.matcher(v).matches()) {
            errors.add("email", "n'est pas une adresse électronique valide (par exemple prenom.nom@exemple.fr)");
        }
        return v;
    }
}
