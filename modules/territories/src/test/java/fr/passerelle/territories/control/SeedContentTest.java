package fr.passerelle.territories.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.FrontMatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's {@code content/territories/} passes the import's checks, codes against the official list included. */
class SeedContentTest {

    private static final Path DIR = Path.of("../../content/territories");

    private static List<ContentFile> read(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                try {
                    return FrontMatter.parse(p.getFileName().toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void pilotTerritoriesHaveRealCodesAndInitiativesAreValidAndMarkedIllustrative() throws IOException {
        Map<String, TerritoryDescription> territories = new HashMap<>();
        for (ContentFile f : read(DIR)) {
            territories.put(f.slug(), TerritoryDescription.check(TerritoryContentImporter.draft(f)));
        }
        assertTrue(territories.size() >= 8, "pilot territories: " + territories.size());
        for (String required : List.of("nantes-metropole", "nouvelle-aquitaine", "hauts-de-france", "centre-val-de-loire")) {
            assertTrue(territories.containsKey(required), required);
        }
        assertTrue(territories.get("nouvelle-aquitaine").regions().contains("75"));
        assertTrue(territories.get("nantes-metropole").departements().contains("44"));
        List<ContentFile> initiatives = read(DIR.resolve("initiatives"));
        assertTrue(initiatives.size() >= 20, "initiatives: " + initiatives.size());
        for (ContentFile f : initiatives) {
            f.slug();
            assertTrue(territories.containsKey(f.text("territory")), f.name() + " names a seed territory");
            InitiativeDescription d = InitiativeDescription.check(InitiativeContentImporter.draft(f), LocalDate.now());
            assertFalse(d.themes().isEmpty(), f.name() + " has themes");
            assertFalse(d.problem().isBlank() || d.actions().isBlank() || d.toSpread().isBlank(), f.name() + " tells its story");
            assertTrue(f.body().contains("illustratif"), f.name() + " says what is illustrative");
        }
    }
}
