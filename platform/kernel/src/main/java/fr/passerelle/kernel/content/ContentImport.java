package fr.passerelle.kernel.content;

import fr.passerelle.kernel.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Imports {@code content/<module>/*.md} through each module's {@link ContentImporter}: idempotent by
 * slug, one log line per module with what was created, updated, unchanged and skipped.
 */
@ApplicationScoped
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    static final long MAX_FILE_BYTES = 1024 * 1024;

    @Inject
    Instance<ContentImporter> importers;

    public static Path root() {
        return Path.of(Settings.get("PASSERELLE_CONTENT_DIR", "content")).toAbsolutePath().normalize();
    }

    public Map<String, Summary> importAll() {
        return importAll(root(), importers.stream().sorted(Comparator.comparingInt(ContentImporter::order)).toList());
    }

    public static Map<String, Summary> importAll(Path root, List<ContentImporter> importers) {
        Map<String, Summary> result = new java.util.LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            LOG.warning(() -> "Contenu : dossier " + root + " introuvable, aucun contenu importé");
            return result;
        }
        for (ContentImporter importer : importers) {
            Summary summary = importModule(root, importer);
            result.put(importer.moduleId(), summary);
            LOG.info(() -> "Contenu " + importer.moduleId() + " : " + summary);
        }
        return result;
    }

    private static Summary importModule(Path root, ContentImporter importer) {
        Summary summary = new Summary();
        Path dir = root.resolve(importer.moduleId());
        if (!Files.isDirectory(dir)) {
            return summary;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Contenu : lecture impossible de " + dir, e);
            return summary;
        }
        for (Path file : files) {
            String shown = root.getParent() == null ? file.toString() : root.getParent().relativize(file).toString();
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    throw new ContentError(0, "fichier trop volumineux (plus de 1 Mio)");
                }
                String text = StandardCharsets.UTF_8.newDecoder().decode(
                        java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                ContentFile parsed = FrontMatter.parse(file.getFileName().toString(), text);
                summary.count(importer.importFile(parsed));
            } catch (ContentError e) {
                summary.skipped++;
                LOG.warning(() -> "Contenu ignoré : " + shown + (e.line() > 0 ? " ligne " + e.line() : "") + " : "
                        + e.getMessage());
            } catch (CharacterCodingException e) {
                summary.skipped++;
                LOG.warning(() -> "Contenu ignoré : " + shown + " : le fichier n'est pas encodé en UTF-8");
            } catch (IOException | RuntimeException e) {
                summary.skipped++;
                LOG.log(Level.WARNING, "Contenu ignoré : " + shown + " : " + rootMessage(e), e);
            }
        }
        return summary;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Counts for one module. */
    public static final class Summary {
        private final Map<ContentImporter.Outcome, Integer> counts = new EnumMap<>(ContentImporter.Outcome.class);
        private int skipped;

        void count(ContentImporter.Outcome outcome) {
            counts.merge(outcome, 1, Integer::sum);
        }

        public int get(ContentImporter.Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }

        public int skipped() {
            return skipped;
        }

        @Override
        public String toString() {
            return get(ContentImporter.Outcome.CREATED) + " créé(s), " + get(ContentImporter.Outcome.UPDATED)
                    + " mis à jour, " + get(ContentImporter.Outcome.UNCHANGED) + " inchangé(s), " + skipped
                    + " ignoré(s)";
        }
    }
}
