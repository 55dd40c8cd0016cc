package fr.passerelle.kernel.geography;

/** A région of the Code officiel géographique: {@code 52} Pays de la Loire, {@code 04} La Réunion. */
public record Region(String code, String name) {
}
