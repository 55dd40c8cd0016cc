package fr.passerelle.kernel.geography;

/** A département: {@code 44} Loire-Atlantique in région {@code 52}; {@code 2A}, {@code 2B}, {@code 971}… */
public record Departement(String code, String name, String regionCode) {
}
