package fr.passerelle.kernel.geography;

/**
 * A current commune (INSEE type COM): {@code 44109} Nantes, in département {@code 44} and région {@code 52}.
 * {@code population} is the légale population municipale the data package carries.
 */
public record Commune(String code, String name, String departementCode, String regionCode, long population) {
}
