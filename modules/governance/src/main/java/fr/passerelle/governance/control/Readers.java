package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.search.Visibility;
import fr.passerelle.kernel.security.Roles;
import java.util.List;

/** The search grants matching {@link GovernancePolicy}: everyone, or the body's members, secretariat and admins. */
public final class Readers {

    private Readers() {
    }

    public static List<String> grants(Body body, Readership readership) {
        return readership == Readership.PUBLIC ? List.of(Visibility.PUBLIC)
                : List.of(Visibility.body(body.getSlug()), Visibility.role(Roles.SECRETARIAT), Visibility.role(Roles.ADMIN));
    }
}
