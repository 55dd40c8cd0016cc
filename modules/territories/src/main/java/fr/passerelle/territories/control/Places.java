package fr.passerelle.territories.control;

import fr.passerelle.kernel.geography.Departement;
import fr.passerelle.kernel.geography.OfficialGeography;
import fr.passerelle.kernel.geography.Region;
import java.util.Collection;
import java.util.List;

/** French names of région and département codes, from the official list. */
public final class Places {

    private Places() {
    }

    public static String region(String code) {
        return OfficialGeography.get().region(code).map(Region::name).orElse(code);
    }

    public static String departement(String code) {
        return OfficialGeography.get().departement(code).map(Departement::name).orElse(code);
    }

    public static List<String> regions(Collection<String> codes) {
        return codes.stream().sorted().map(Places::region).toList();
    }

    public static List<String> departements(Collection<String> codes) {
        return codes.stream().sorted().map(c -> departement(c) + " (" + c + ")").toList();
    }
}
