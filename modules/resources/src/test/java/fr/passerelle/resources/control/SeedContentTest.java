package fr.passerelle.resources.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.FrontMatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's {@code content/resources/} files pass the same checks as the import, themes included. */
class SeedContentTest {

    private static final Path DIR = Path.of("../../content/resources");

    @Test
    void everySeedFileIsValidAndClassified() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIR)) {
            files = listing.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "seed resources: " + files.size());
        for (Path file : files) {
            ContentFile parsed = FrontMatter.parse(file.getFileName().toString(), Files.readString(file));
            parsed.slug();
            ResourceDescription d = ResourceContentImporter.describe(parsed);
            assertFalse(d.themes().isEmpty(), file + " has themes");
            assertFalse(d.audiences().isEmpty(), file + " has audiences");
            assertTrue(d.level() != null && d.producerName() != null, file + " has a level and a producer");
        }
    }

    @Test
    void theMayorsPathHasSixStepsOrMoreEachPointingAtSeedResources() throws IOException {
        Path file = DIR.resolve("parcours/strategie-inclusion-numerique-de-mon-territoire.md");
        ContentFile parsed = FrontMatter.parse(file.getFileName().toString(), Files.readString(file));
        assertTrue(parsed.text("title").startsWith("Construire la stratégie d'inclusion numérique"));
        List<?> steps = (List<?>) parsed.fields().get("steps");
        assertTrue(steps.size() >= 6, "steps: " + steps.size());
        for (Object step : steps) {
            java.util.Map<?, ?> s = (java.util.Map<?, ?>) step;
            assertFalse(String.valueOf(s.get("text")).isBlank(), "each step has a short text");
            for (Object slug : (List<?>) s.get("resources")) {
                assertTrue(Files.isRegularFile(DIR.resolve(slug + ".md")), "resource " + slug + " exists");
            }
        }
    }
}
