package fr.passerelle.governance.boundary;

import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Member;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/**
 * A seat. Username and e-mail address are personal data: shown to the body's secretariat only (null otherwise).
 */
@JsonbPropertyOrder({"id", "name", "organisation", "college", "collegeLabel", "role", "roleLabel", "mandateStart",
        "mandateEnd", "illustrative", "username", "email"})
public record MemberView(long id, String name, String organisation, String college, String collegeLabel, String role,
                         String roleLabel, LocalDate mandateStart, LocalDate mandateEnd, boolean illustrative,
                         String username, String email) {

    public static MemberView of(Member m, College c, boolean secretariat) {
        return new MemberView(m.getId(), m.getName(), m.getOrganisation(), c == null ? null : c.getCode(),
                c == null ? null : c.getLabel(), m.getRole().code(), m.getRole().label(), m.getMandateStart(),
                m.getMandateEnd(), m.isIllustrative(), secretariat ? m.getUsername() : null,
                secretariat ? m.getEmail() : null);
    }
}
