package fr.passerelle.territories.control;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.geography.Commune;
import fr.passerelle.kernel.geography.Departement;
import fr.passerelle.kernel.geography.Epci;
import fr.passerelle.kernel.geography.OfficialGeography;
import fr.passerelle.kernel.geography.Region;
import fr.passerelle.territories.entity.TerritoryKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a territory's official code against the Code officiel géographique (through the kernel's
 * {@link OfficialGeography}) and derives from it the départements and régions the territory lies in:
 * people type a code, never a département.
 */
public final class TerritoryCodes {

    static final int GROUPING_MIN = 2;
    static final int GROUPING_MAX = 5;
    static final int CODE_MAX = 20;
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    /** What the code says about the territory. */
    public record Placement(String code, String officialName, Set<String> departements, Set<String> regions,
                            Long officialPopulation) {
    }

    private TerritoryCodes() {
    }

    /**
     * @param code the INSEE code (commune, département, région) or SIREN (EPCI); must be absent for a grouping
     * @param departements the départements of a grouping; must be absent for the other kinds
     * @return empty when an error was added
     */
    public static Optional<Placement> place(InvalidInput.Collector errors, TerritoryKind kind, String code,
                                            List<String> departements) {
        OfficialGeography geo = OfficialGeography.get();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        // Messages below quote what was typed: no official code is longer, and a megabyte would be echoed back.
        if (c.length() > CODE_MAX) {
            errors.add("code", "n'est pas un code officiel (" + CODE_MAX + " caractères au plus)");
            return Optional.empty();
        }
        if (kind == TerritoryKind.GROUPEMENT && departements != null && departements.size() > GROUPING_MAX * 4) {
            errors.add("departements", "un groupement réunit de " + GROUPING_MIN + " à " + GROUPING_MAX + " départements");
            return Optional.empty();
        }
        boolean listed = departements != null && !departements.isEmpty();
        if (kind == TerritoryKind.GROUPEMENT) {
            if (!c.isEmpty()) {
                errors.add("code", "un groupement n'a pas de code officiel : donnez la liste de ses départements");
                return Optional.empty();
            }
            return grouping(errors, geo, departements);
        }
        if (listed) {
            errors.add("departements", "se déduisent du code officiel ; ne les donnez que pour un groupement");
            return Optional.empty();
        }
        if (c.isEmpty()) {
            errors.add("code", kind == TerritoryKind.EPCI ? "est obligatoire (numéro SIREN de l'intercommunalité)"
                    : "est obligatoire (code INSEE)");
            return Optional.empty();
        }
        Optional<Placement> found = switch (kind) {
            case COMMUNE -> geo.commune(c).map(TerritoryCodes::of);
            case EPCI -> SIREN.matcher(c).matches() ? geo.epci(c).map(TerritoryCodes::of) : Optional.empty();
            case DEPARTEMENT -> geo.departement(c).map(TerritoryCodes::of);
            case REGION -> geo.region(c).map(r -> of(r, geo.departementsOf(r.code())));
            case GROUPEMENT -> Optional.empty();
        };
        if (found.isEmpty()) {
            errors.add("code", unknown(geo, kind, c));
        }
        return found;
    }

    private static Optional<Placement> grouping(InvalidInput.Collector errors, OfficialGeography geo, List<String> codes) {
        Set<String> deps = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String raw : codes == null ? List.<String>of() : codes) {
            String d = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
            geo.departement(d).ifPresentOrElse(dep -> {
                deps.add(dep.code());
                regions.add(dep.regionCode());
            }, () -> unknown.add("« " + (d.isEmpty() ? "(vide)" : d.length() > CODE_MAX ? d.substring(0, CODE_MAX) + "…" : d)
                    + " »"));
        }
        if (!unknown.isEmpty()) {
            errors.add("departements", "contient des codes qui ne sont pas des départements : " + String.join(", ", unknown));
            return Optional.empty();
        }
        if (deps.size() < GROUPING_MIN || deps.size() > GROUPING_MAX) {
            errors.add("departements", "un groupement (comme un Hub France Connectée) réunit de " + GROUPING_MIN + " à "
                    + GROUPING_MAX + " départements différents, pas " + deps.size());
            return Optional.empty();
        }
        return Optional.of(new Placement(null, null, deps, regions, null));
    }

    private static String unknown(OfficialGeography geo, TerritoryKind kind, String c) {
        var part = kind == TerritoryKind.COMMUNE ? geo.communeContaining(c).orElse(null) : null;
        if (part != null) {
            return "« " + c + " » n'est pas une commune actuelle mais une partie de " + part.name() + " (code "
                    + part.code() + ")";
        }
        String other = geo.commune(c).isPresent() ? "une commune"
                : geo.departement(c).isPresent() ? "un département"
                : geo.region(c).isPresent() ? "une région"
                : SIREN.matcher(c).matches() && geo.epci(c).isPresent() ? "une intercommunalité" : null;
        String expected = switch (kind) {
            case COMMUNE -> "aucune commune actuelle ne porte le code INSEE « " + c + " »";
            case EPCI -> SIREN.matcher(c).matches() ? "aucune intercommunalité ne porte le numéro SIREN « " + c + " »"
                    : "« " + c + " » n'est pas un numéro SIREN (9 chiffres)";
            case DEPARTEMENT -> "aucun département ne porte le code INSEE « " + c + " »";
            case REGION -> "aucune région ne porte le code INSEE « " + c + " »";
            case GROUPEMENT -> "";
        };
        return expected + (other == null ? "" : " (ce code désigne " + other + ", choisissez le type correspondant)")
                + " — Code officiel géographique, version " + geo.version();
    }

    private static Placement of(Commune c) {
        return new Placement(c.code(), c.name(), Set.of(c.departementCode()), Set.of(c.regionCode()), c.population());
    }

    private static Placement of(Epci e) {
        return new Placement(e.siren(), e.name(), new TreeSet<>(e.departementCodes()), new TreeSet<>(e.regionCodes()), null);
    }

    private static Placement of(Departement d) {
        return new Placement(d.code(), d.name(), Set.of(d.code()), Set.of(d.regionCode()), null);
    }

    private static Placement of(Region r, List<Departement> deps) {
        Set<String> codes = new TreeSet<>();
        deps.forEach(d -> codes.add(d.code()));
        return new Placement(r.code(), r.name(), codes, Set.of(r.code()), null);
    }
}
