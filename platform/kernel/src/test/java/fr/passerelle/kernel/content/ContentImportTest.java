package fr.passerelle.kernel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentImportTest {

    /** Upserts by slug into a map, like a module importer does into its table. */
    static final class MapImporter implements ContentImporter {
        final Map<String, String> rows = new HashMap<>();
        final List<String> seen = new ArrayList<>();

        @Override
        public String moduleId() {
            return "demo";
        }

        @Override
        public Outcome importFile(ContentFile file) {
            String slug = file.slug();
            String title = file.text("title");
            seen.add(slug);
            String previous = rows.put(slug, title);
            return previous == null ? Outcome.CREATED : previous.equals(title) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }
    }

    @Test
    void skipsBrokenFilesAndImportsTheRestIdempotently(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("demo"));
        Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\ncorps");
        Files.writeString(dir.resolve("b.md"), "---\ntitle: [cassé\n---\n");
        Files.writeString(dir.resolve("c.md"), "---\ntitle: C\n---\n");
        Files.write(dir.resolve("d.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n', '-', '-', '-'});
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        MapImporter importer = new MapImporter();

        ContentImport.Summary first = ContentImport.importAll(root, List.of(importer)).get("demo");
        assertEquals(2, first.get(ContentImporter.Outcome.CREATED));
        assertEquals(2, first.skipped());
        assertEquals(List.of("a", "c"), importer.seen);

        Files.writeString(dir.resolve("c.md"), "---\ntitle: C modifié\n---\n");
        ContentImport.Summary second = ContentImport.importAll(root, List.of(importer)).get("demo");
        assertEquals(0, second.get(ContentImporter.Outcome.CREATED));
        assertEquals(1, second.get(ContentImporter.Outcome.UPDATED));
        assertEquals(1, second.get(ContentImporter.Outcome.UNCHANGED));
        assertEquals(2, importer.rows.size());
    }

    @Test
    void missingRootImportsNothing(@TempDir Path root) {
        assertEquals(0, ContentImport.importAll(root.resolve("absent"), List.of(new MapImporter())).size());
    }
}
