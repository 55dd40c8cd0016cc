package fr.passerelle.kernel.geography;

import java.util.List;
import java.util.Set;

/**
 * An EPCI à fiscalité propre (intercommunalité), named by its SIREN: {@code 244400404} Nantes Métropole.
 * {@code nature} is the DGCL's code: {@code CC} communauté de communes, {@code CA} d'agglomération,
 * {@code CU} urbaine, {@code METRO} métropole, {@code MET69} Métropole de Lyon. The member communes are
 * sorted by code; the département and région sets (sorted too) are derived from them, and hold more than one
 * code for an EPCI that crosses a boundary.
 */
public record Epci(String siren, String name, String nature, List<String> communeCodes,
                   Set<String> departementCodes, Set<String> regionCodes) {
}
