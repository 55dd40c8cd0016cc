package fr.passerelle.events.control;

import fr.passerelle.kernel.geography.Commune;
import fr.passerelle.kernel.geography.OfficialGeography;
import java.util.Optional;

/** Communes by official code (INSEE), from the kernel's geography. */
public final class CommuneCodes {

    private CommuneCodes() {
    }

    /** The name of the current commune with this code, if there is one. */
    public static Optional<String> name(String code) {
        return code == null ? Optional.empty() : OfficialGeography.get().commune(code).map(Commune::name);
    }
}
