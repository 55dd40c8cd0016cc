/**
 * The official French geographic code list, to validate the codes a territory is given (INSEE codes of
 * communes, départements and régions, SIREN of EPCI) and to derive the départements and région it lies in:
 * {@link fr.passerelle.kernel.geography.OfficialGeography#get()}.
 *
 * <p>Data: the npm package {@code @etalab/decoupage-administratif} (INSEE COG, DGCL list of EPCI, Licence
 * Ouverte), pinned in {@code platform/kernel/package.json} and its lock file, installed by the build and
 * turned by {@code platform/kernel/src/build/geography.mjs} into {@code geography/geography.tsv.gz} on the
 * classpath. Nothing is vendored in git and nothing is downloaded at run time. A new year's code list is a
 * version change in package.json (then {@code npm install --package-lock-only}).
 *
 * <p>What is in, and why:
 * <ul>
 *   <li>The 18 régions and 101 départements, overseas ones included (régions 01 to 04 and 06, départements
 *       971 to 974 and 976). The overseas collectivities (975 Saint-Pierre-et-Miquelon, 977, 978, 984, 986 to
 *       989), which the package carries as pseudo-départements and pseudo-régions, are left out, with their
 *       communes: they are neither régions nor départements, and no EPCI covers them.</li>
 *   <li>Current communes only (INSEE type COM). Arrondissements municipaux of Paris, Lyon and Marseille and
 *       communes déléguées or associées are not communes: {@code commune("75112")} is empty; they are known
 *       as parts of their commune through {@code communeContaining("75112")} (Paris, 75056). The EPCI list
 *       names Paris, Lyon and Marseille as wholes, too.</li>
 *   <li>EPCI à fiscalité propre with their member communes (each commune is in at most one; four island
 *       communes are in none).</li>
 * </ul>
 */
package fr.passerelle.kernel.geography;
