package fr.passerelle.events.control;

import fr.passerelle.kernel.geography.OfficialGeography;
import java.util.Optional;

/** Communes by official code (INSEE), from the kernel's geography. */
public final class CommuneCodes {

    private CommuneCodes() {
    }

    /** The name of the current commune with this code, if there is one. */
    public static Optional<String> name(String code) {
        if (code == null || !code.matches("[0-9][0-9AB][0-9]{3}")) {
            return Optional.empty();
        }
        return OfficialGeography.get().commune(code).map(c -> c.name());
    }
}
