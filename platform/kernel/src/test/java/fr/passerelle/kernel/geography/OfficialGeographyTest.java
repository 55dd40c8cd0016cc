package fr.passerelle.kernel.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Against the real data the build generated from the pinned @etalab/decoupage-administratif. */
class OfficialGeographyTest {

    private final OfficialGeography geo = OfficialGeography.get();

    @Test
    void nantesIsInLoireAtlantiqueInPaysDeLaLoire() {
        Commune nantes = geo.commune("44109").orElseThrow();
        assertEquals("Nantes", nantes.name());
        assertEquals("44", nantes.departementCode());
        assertEquals("52", nantes.regionCode());
        assertTrue(nantes.population() > 300_000, "population " + nantes.population());
        assertEquals(new Departement("44", "Loire-Atlantique", "52"), geo.departement(nantes.departementCode()).orElseThrow());
        assertEquals(new Region("52", "Pays de la Loire"), geo.region(nantes.regionCode()).orElseThrow());
    }

    @Test
    void nantesMetropoleHasItsTwentyFourCommunesAllInLoireAtlantique() {
        Epci metropole = geo.epci("244400404").orElseThrow();
        assertEquals("Nantes Métropole", metropole.name());
        assertEquals("METRO", metropole.nature());
        assertEquals(24, metropole.communeCodes().size());
        assertTrue(metropole.communeCodes().contains("44109"));
        assertTrue(metropole.communeCodes().contains("44162"), "Saint-Herblain");
        for (String code : metropole.communeCodes()) {
            assertEquals("44", geo.commune(code).orElseThrow().departementCode(), code);
        }
        assertEquals(Set.of("44"), metropole.departementCodes());
        assertEquals(Set.of("52"), metropole.regionCodes());
        assertEquals(metropole.communeCodes().stream().sorted().toList(), metropole.communeCodes(), "sorted by code");
        assertEquals(metropole, geo.epciOf("44109").orElseThrow());
    }

    @Test
    void anEpciAcrossABoundaryListsEveryDepartementAndRegion() {
        Epci aire = geo.epci("200030435").orElseThrow();
        assertEquals("CC d'Aire-sur-l'Adour", aire.name());
        assertEquals(List.of("32", "40"), List.copyOf(aire.departementCodes()), "Gers and Landes, sorted");
        assertEquals(List.of("75", "76"), List.copyOf(aire.regionCodes()), "Nouvelle-Aquitaine and Occitanie");
    }

    @Test
    void theRegionsOfThePlanExist() {
        assertEquals("Nouvelle-Aquitaine", geo.region("75").orElseThrow().name());
        assertEquals("Hauts-de-France", geo.region("32").orElseThrow().name());
        assertEquals("Centre-Val de Loire", geo.region("24").orElseThrow().name());
        assertEquals(18, geo.regions().size(), "13 metropolitan + 5 overseas");
        assertEquals(101, geo.departements().size(), "96 metropolitan + 5 overseas");
        assertEquals(List.of("44", "49", "53", "72", "85"), geo.departementsOf("52").stream().map(Departement::code).toList());
    }

    @Test
    void corsicaHasTwoDepartementsWithLettersInTheirCodes() {
        assertEquals(new Departement("2A", "Corse-du-Sud", "94"), geo.departement("2A").orElseThrow());
        assertEquals(new Departement("2B", "Haute-Corse", "94"), geo.departement("2B").orElseThrow());
        assertEquals(List.of("2A", "2B"), geo.departementsOf("94").stream().map(Departement::code).toList());
        assertEquals("Ajaccio", geo.commune("2A004").orElseThrow().name());
        assertEquals("94", geo.commune("2B033").orElseThrow().regionCode(), "Bastia");
        assertTrue(geo.departement("20").isEmpty(), "20 is the Corse of before 1976");
        // In the COG's order: 29, 2A, 2B, 30.
        List<String> codes = geo.departements().stream().map(Departement::code).toList();
        assertEquals(List.of("29", "2A", "2B", "30"), codes.subList(codes.indexOf("29"), codes.indexOf("29") + 4));
    }

    @Test
    void overseasDepartementsAndRegionsAreIn() {
        assertEquals(new Departement("971", "Guadeloupe", "01"), geo.departement("971").orElseThrow());
        assertEquals(new Departement("972", "Martinique", "02"), geo.departement("972").orElseThrow());
        assertEquals(new Departement("973", "Guyane", "03"), geo.departement("973").orElseThrow());
        assertEquals(new Departement("974", "La Réunion", "04"), geo.departement("974").orElseThrow());
        assertEquals(new Departement("976", "Mayotte", "06"), geo.departement("976").orElseThrow());
        assertEquals("Mayotte", geo.region("06").orElseThrow().name());
        Commune saintDenis = geo.commune("97411").orElseThrow();
        assertEquals("Saint-Denis", saintDenis.name());
        assertEquals("974", saintDenis.departementCode());
        assertEquals("04", saintDenis.regionCode());
        assertEquals(List.of("971", "972", "973", "974", "976"), geo.departements().stream().map(Departement::code)
                .filter(code -> code.length() == 3).toList());
    }

    @Test
    void overseasCollectivitiesAreNeitherDepartementsNorRegions() {
        for (String code : List.of("975", "977", "978", "984", "986", "987", "988", "989")) {
            assertTrue(geo.departement(code).isEmpty(), code);
            assertTrue(geo.region(code).isEmpty(), code);
        }
        assertTrue(geo.commune("97502").isEmpty(), "Saint-Pierre (Saint-Pierre-et-Miquelon)");
    }

    @Test
    void unknownCodesAreAbsent() {
        assertTrue(geo.commune("99999").isEmpty());
        assertTrue(geo.commune("44000").isEmpty(), "a postcode is not an INSEE code");
        assertTrue(geo.departement("96").isEmpty());
        assertTrue(geo.region("00").isEmpty());
        assertTrue(geo.epci("123456789").isEmpty());
        assertTrue(geo.epci("214401093").isEmpty(), "the SIREN of the commune of Nantes is not an EPCI");
        assertTrue(geo.departementsOf("99").isEmpty());
        for (String nonsense : new String[] {null, "", "   ", "4410", "441090", "44-09", "é4109", "4410\u0000"}) {
            assertTrue(geo.commune(nonsense).isEmpty(), String.valueOf(nonsense));
            assertTrue(geo.communeContaining(nonsense).isEmpty(), String.valueOf(nonsense));
            assertTrue(geo.departement(nonsense).isEmpty(), String.valueOf(nonsense));
            assertTrue(geo.region(nonsense).isEmpty(), String.valueOf(nonsense));
            assertTrue(geo.epci(nonsense).isEmpty(), String.valueOf(nonsense));
            assertTrue(geo.epciOf(nonsense).isEmpty(), String.valueOf(nonsense));
        }
    }

    @Test
    void aCodeOfOneKindIsNotACodeOfAnother() {
        assertTrue(geo.departement("44109").isEmpty(), "a commune code given as a département");
        assertTrue(geo.region("44109").isEmpty(), "a commune code given as a région");
        assertTrue(geo.commune("44").isEmpty(), "a département code given as a commune");
        assertTrue(geo.region("29").isEmpty(), "a département code that is no région's");
        assertTrue(geo.epci("44109").isEmpty(), "a commune code given as a SIREN");
        assertTrue(geo.commune("244400404").isEmpty(), "a SIREN given as a commune");
        // 44 is both: Loire-Atlantique among départements, Grand Est among régions.
        assertEquals("Loire-Atlantique", geo.departement("44").orElseThrow().name());
        assertEquals("Grand Est", geo.region("44").orElseThrow().name());
    }

    @Test
    void whiteSpaceAndCaseAreForgiven() {
        assertEquals("Nantes", geo.commune(" 44109\n").orElseThrow().name());
        assertEquals("Ajaccio", geo.commune("2a004").orElseThrow().name());
        assertEquals("2B", geo.departement(" 2b ").orElseThrow().code());
        assertEquals("Loire-Atlantique", geo.departement("\u00a044\u202f").orElseThrow().name(), "non-breaking spaces");
        assertEquals("Pays de la Loire", geo.region("\t52").orElseThrow().name());
        assertEquals("Nantes Métropole", geo.epci("244 400 404").orElseThrow().name(), "a SIREN as usually printed");
        assertEquals(2, geo.departementsOf(" 94 ").size());
    }

    @Test
    void arrondissementsAndCommunesDelegueesLeadToTheirCommune() {
        assertTrue(geo.commune("75112").isEmpty(), "an arrondissement municipal is not a commune");
        assertEquals("75056", geo.communeContaining("75112").orElseThrow().code(), "Paris");
        assertEquals("69123", geo.communeContaining("69381").orElseThrow().code(), "Lyon");
        assertEquals("13055", geo.communeContaining("13201").orElseThrow().code(), "Marseille");
        assertTrue(geo.commune("44004").isEmpty(), "Anetz, commune déléguée");
        assertEquals("Vair-sur-Loire", geo.communeContaining("44004").orElseThrow().name());
        assertEquals(geo.commune("44109"), geo.communeContaining("44109"), "a current commune is itself");
        // A commune nouvelle keeps its chef-lieu's code: that code is the current commune.
        assertEquals("Chaumes-en-Retz", geo.commune("44005").orElseThrow().name());
    }

    @Test
    void epciCoverParisLyonAndMarseilleAsWholes() {
        assertEquals("Métropole du Grand Paris", geo.epciOf("75056").orElseThrow().name());
        assertEquals("MET69", geo.epciOf("69123").orElseThrow().nature(), "Métropole de Lyon");
        assertTrue(geo.epciOf("75112").isEmpty(), "an arrondissement is in no EPCI by itself");
        assertTrue(geo.epciOf("29155").isEmpty(), "Ouessant is in no EPCI");
        assertTrue(geo.commune("29155").isPresent());
    }

    @Test
    void everyCommuneLiesInAKnownDepartementOfItsRegion() {
        assertTrue(geo.communeCount() > 34_000 && geo.communeCount() < 36_000, "communes: " + geo.communeCount());
        for (Departement departement : geo.departements()) {
            assertTrue(geo.region(departement.regionCode()).isPresent(), departement.toString());
        }
    }

    @Test
    void theDataIsThePinnedPackageLoadedOnceAndReadOnly() throws IOException {
        Matcher pinned = Pattern.compile("\"@etalab/decoupage-administratif\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(Path.of("package.json")));
        assertTrue(pinned.find(), "platform/kernel/package.json pins the package");
        assertEquals(pinned.group(1), geo.version());
        assertTrue(geo.version().matches("\\d+\\.\\d+\\.\\d+"), "an exact version: " + geo.version());
        assertSame(geo, OfficialGeography.get());
        assertThrows(UnsupportedOperationException.class, () -> geo.regions().add(new Region("00", "x")));
        assertThrows(UnsupportedOperationException.class, () -> geo.departements().clear());
        assertThrows(UnsupportedOperationException.class, () -> geo.epci("244400404").orElseThrow().communeCodes().clear());
        assertThrows(UnsupportedOperationException.class, () -> geo.epci("244400404").orElseThrow().regionCodes().clear());
        assertFalse(geo.departementsOf("52").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> geo.departementsOf("52").clear());
    }
}
