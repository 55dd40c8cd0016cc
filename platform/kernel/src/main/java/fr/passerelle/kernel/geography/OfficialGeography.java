package fr.passerelle.kernel.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The official French geographic code list: régions, départements, current communes (INSEE Code officiel
 * géographique) and EPCI à fiscalité propre (DGCL), from the npm package {@code @etalab/decoupage-administratif}
 * at the version pinned in {@code platform/kernel/package.json}. The kernel's build turns the package into the
 * classpath resource {@value #RESOURCE}; nothing is fetched at run time.
 *
 * <p>Codes given to the lookups may carry spaces (leading, trailing or inside, as in {@code 244 400 404}) and
 * lower case ({@code 2a}); anything else that is not a code of the asked kind is simply absent, never an
 * exception: a commune code asked as a département, a département asked as a région, {@code null}.
 *
 * <p>Loaded once, at the first {@link #get()}, then immutable and safe to share between threads.
 */
public final class OfficialGeography {

    static final String RESOURCE = "/geography/geography.tsv.gz";

    private final String version;
    private final List<Region> regions;
    private final Map<String, Region> regionsByCode;
    private final List<Departement> departements;
    private final Map<String, Integer> departementIndexes;
    private final CommuneTable communes;
    private final int[] aliasKeys;     // other codes of a commune (arrondissement, commune déléguée): sorted
    private final int[] aliasRows;     // the commune row each alias leads to
    private final Map<String, EpciRow> epcis;
    private final short[] epciOfCommune; // index into epciList, -1 for the few communes in no EPCI
    private final List<EpciRow> epciList;

    private record EpciRow(String siren, String name, String nature, int[] communeRows) {
    }

    /** Initialised at the first call only (class holder idiom), which also publishes it safely. */
    private static final class Holder {
        static final OfficialGeography INSTANCE = load();
    }

    public static OfficialGeography get() {
        return Holder.INSTANCE;
    }

    public Optional<Region> region(String inseeCode) {
        return Optional.ofNullable(regionsByCode.get(normalise(inseeCode)));
    }

    public Optional<Departement> departement(String inseeCode) {
        Integer index = departementIndexes.get(normalise(inseeCode));
        return index == null ? Optional.empty() : Optional.of(departements.get(index));
    }

    /**
     * A current commune by its INSEE code. Arrondissements municipaux ({@code 75101}, {@code 69381},
     * {@code 13201}) and communes déléguées or associées are not communes here: see {@link #communeContaining}.
     */
    public Optional<Commune> commune(String inseeCode) {
        int row = communes.row(normalise(inseeCode));
        return row < 0 ? Optional.empty() : Optional.of(commune(row));
    }

    /**
     * The current commune a code designates or is part of: the commune itself, or the one an arrondissement
     * municipal ({@code 75112} → Paris {@code 75056}), a commune déléguée or a commune associée belongs to.
     * For a form that wants to say "that is part of …" rather than "unknown".
     */
    public Optional<Commune> communeContaining(String inseeCode) {
        String code = normalise(inseeCode);
        int row = communes.row(code);
        if (row < 0) {
            int key = CommuneTable.key(code);
            int alias = key < 0 ? -1 : Arrays.binarySearch(aliasKeys, key);
            row = alias < 0 ? -1 : aliasRows[alias];
        }
        return row < 0 ? Optional.empty() : Optional.of(commune(row));
    }

    /** An EPCI à fiscalité propre by its SIREN (nine digits). */
    public Optional<Epci> epci(String siren) {
        EpciRow row = epcis.get(normalise(siren));
        return row == null ? Optional.empty() : Optional.of(epci(row));
    }

    /** The EPCI a current commune belongs to; empty for an unknown code and for the few island communes in none. */
    public Optional<Epci> epciOf(String communeCode) {
        int row = communes.row(normalise(communeCode));
        if (row < 0 || epciOfCommune[row] < 0) {
            return Optional.empty();
        }
        return Optional.of(epci(epciList.get(epciOfCommune[row])));
    }

    /** The 18 régions (13 metropolitan, 5 overseas), by code. */
    public List<Region> regions() {
        return regions;
    }

    /** The 101 départements (96 metropolitan, 5 overseas), by code: 01 … 19, 21 … 29, 2A, 2B, 30 … 95, 971 … 976. */
    public List<Departement> departements() {
        return departements;
    }

    /** The départements of a région, by code; empty for an unknown région. */
    public List<Departement> departementsOf(String regionCode) {
        String code = normalise(regionCode);
        return departements.stream().filter(d -> d.regionCode().equals(code)).toList();
    }

    /** How many current communes there are (about 35,000). */
    public int communeCount() {
        return communes.size();
    }

    /** The version of {@code @etalab/decoupage-administratif} the data comes from, e.g. {@code 6.0.0}. */
    public String version() {
        return version;
    }

    private Commune commune(int row) {
        Departement departement = departements.get(communes.departement(row));
        return new Commune(communes.code(row), communes.name(row), departement.code(), departement.regionCode(),
                communes.population(row));
    }

    private Epci epci(EpciRow row) {
        List<String> codes = new ArrayList<>(row.communeRows().length);
        Set<String> departementCodes = new TreeSet<>();
        Set<String> regionCodes = new TreeSet<>();
        for (int communeRow : row.communeRows()) {
            Departement departement = departements.get(communes.departement(communeRow));
            codes.add(communes.code(communeRow));
            departementCodes.add(departement.code());
            regionCodes.add(departement.regionCode());
        }
        return new Epci(row.siren(), row.name(), row.nature(), List.copyOf(codes),
                Collections.unmodifiableSet(departementCodes), Collections.unmodifiableSet(regionCodes));
    }

    /** Codes are digits and capitals: white space anywhere goes (non-breaking spaces too), case is folded. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder normalised = new StringBuilder(code.length());
        code.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(normalised::appendCodePoint);
        return normalised.toString().toUpperCase(Locale.ROOT);
    }

    private static OfficialGeography load() {
        try (InputStream resource = OfficialGeography.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: the kernel's build "
                        + "generates it from @etalab/decoupage-administratif (npm ci, then src/build/geography.mjs)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource, 64 * 1024),
                    StandardCharsets.UTF_8));
            return new OfficialGeography(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the lines written by src/build/geography.mjs: a kind letter, then tab-separated fields. */
    private OfficialGeography(BufferedReader reader) throws IOException {
        String readVersion = null;
        List<Region> readRegions = new ArrayList<>();
        List<Departement> readDepartements = new ArrayList<>();
        Map<String, Integer> readDepartementIndexes = new HashMap<>();
        CommuneTable.Builder readCommunes = new CommuneTable.Builder();
        List<String[]> aliasLines = new ArrayList<>();
        List<String[]> epciLines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "V" -> readVersion = f[1];
                case "R" -> readRegions.add(new Region(f[1], f[2]));
                case "D" -> {
                    readDepartementIndexes.put(f[1], readDepartements.size());
                    readDepartements.add(new Departement(f[1], f[2], f[3]));
                }
                case "C" -> readCommunes.add(f[1], f[2], readDepartementIndexes.get(f[3]), Integer.parseInt(f[4]));
                case "A" -> aliasLines.add(f);
                case "E" -> epciLines.add(f);
                default -> throw new IllegalStateException(RESOURCE + ": unexpected line " + line);
            }
        }
        if (readVersion == null || readRegions.isEmpty() || readDepartements.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is incomplete");
        }
        version = readVersion;
        regions = List.copyOf(readRegions);
        Map<String, Region> byCode = new HashMap<>();
        regions.forEach(r -> byCode.put(r.code(), r));
        regionsByCode = Map.copyOf(byCode);
        departements = List.copyOf(readDepartements);
        departementIndexes = Map.copyOf(readDepartementIndexes);
        communes = readCommunes.build();

        aliasKeys = new int[aliasLines.size()];
        aliasRows = new int[aliasLines.size()];
        for (int i = 0; i < aliasLines.size(); i++) {
            aliasKeys[i] = CommuneTable.key(aliasLines.get(i)[1]);
            aliasRows[i] = requiredRow(aliasLines.get(i)[2]);
            if (aliasKeys[i] < 0 || i > 0 && aliasKeys[i] <= aliasKeys[i - 1]) {
                throw new IllegalStateException(RESOURCE + ": alias " + aliasLines.get(i)[1] + " out of order");
            }
        }

        epciOfCommune = new short[communes.size()];
        Arrays.fill(epciOfCommune, (short) -1);
        List<EpciRow> rows = new ArrayList<>(epciLines.size());
        Map<String, EpciRow> bySiren = new HashMap<>();
        if (epciLines.size() > Short.MAX_VALUE) {
            throw new IllegalStateException(RESOURCE + ": more EPCI than the commune index holds");
        }
        for (String[] f : epciLines) {
            int[] members = Arrays.stream(f[4].split(",")).mapToInt(this::requiredRow).toArray();
            EpciRow row = new EpciRow(f[1], f[3], f[2], members);
            for (int member : members) {
                epciOfCommune[member] = (short) rows.size();
            }
            rows.add(row);
            bySiren.put(row.siren(), row);
        }
        epciList = List.copyOf(rows);
        epcis = Map.copyOf(bySiren);
    }

    private int requiredRow(String code) {
        int row = communes.row(code);
        if (row < 0) {
            throw new IllegalStateException(RESOURCE + ": " + code + " is not a current commune");
        }
        return row;
    }
}
