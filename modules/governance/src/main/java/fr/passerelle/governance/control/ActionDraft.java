package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import java.time.LocalDate;
import java.util.List;

/** What a client sends to create an action; the use case checks it against the body ({@link CreateAction}). */
public record ActionDraft(String body, String title, String description, String owner, String ownerOrganisation,
                          List<String> contributors, String dueDate, String decision, String visibility) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int ORGANISATION_MAX = 200;

    /** The text checks, which need no database. */
    record Checked(String title, String description, String ownerOrganisation, LocalDate dueDate,
                   Readership visibility) {
    }

    Checked check(InvalidInput.Collector errors) {
        String t = TextFields.line(errors, "title", title, TITLE_MAX);
        String d = TextFields.text(errors, "description", description, DESCRIPTION_MAX);
        String org = ownerOrganisation == null || ownerOrganisation.isBlank() ? null
                : TextFields.line(errors, "ownerOrganisation", ownerOrganisation, ORGANISATION_MAX);
        boolean hasOwner = owner != null && !owner.isBlank();
        if (hasOwner == (org != null)) {
            errors.add("owner", "indiquez soit un membre de l'instance (owner), soit une organisation "
                    + "(ownerOrganisation), l'un des deux exactement");
        }
        LocalDate due = InputRules.date(errors, "dueDate", dueDate);
        Readership v = InputRules.term(errors, "visibility", visibility, Readership.class, Readership.PUBLIC);
        return new Checked(t, d, org, due, visibility == null || visibility.isBlank() ? null : v);
    }
}
