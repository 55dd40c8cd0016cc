package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.persistence.ConfiguredDataSource;
import fr.passerelle.kernel.persistence.DatabaseSettings;
import fr.passerelle.kernel.persistence.Migrations;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.TestContent;
import fr.passerelle.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start-up import against a database that already holds content: a stale row is updated in place, a
 * new file is created, a broken file is skipped and the application still starts, nothing is doubled.
 */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

    static final String STALE = "import-ligne-ancienne";
    static final String FRESH = "import-nouveau-fichier";
    static final String PROPOSED = "import-deja-propose";
    static long staleId;

    /** Runs before the container deploys: prepares the database and the content folder it will import. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        var dataSource = new ConfiguredDataSource(new DatabaseSettings(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password()));
        Migrations.migrate(dataSource, List.of("resources"), ContentImportIT.class.getClassLoader());
        TestDatabase.update("DELETE FROM resources_resource WHERE slug IN (?, ?, ?)", STALE, FRESH, PROPOSED);
        String next = TestDatabase.nextValue("resources_resource_seq");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO resources_resource (id, slug, title, summary, body, type, licence, status, "
                + "source_hash, created_at, updated_at, published_at) VALUES (" + next + ", ?, 'Ancien titre', '', '', "
                + "'guide', 'etalab-2.0', 'published', 'ancienne-empreinte', ?, ?, ?)", STALE, now, now, now);
        staleId = TestDatabase.count("SELECT id FROM resources_resource WHERE slug = ?", STALE);
        // Someone's proposal (no source hash: not from a file) whose slug a content file uses too.
        TestDatabase.update("INSERT INTO resources_resource (id, slug, title, summary, body, type, licence, status, "
                + "proposed_by, created_at, updated_at) VALUES (" + TestDatabase.nextValue("resources_resource_seq")
                + ", ?, 'Ma proposition', '', '', 'guide', 'etalab-2.0', 'proposed', 'sujet-proposant', ?, ?)",
                PROPOSED, now, now);

        Path dir = TestContent.dir().resolve("resources");
        write(dir.resolve(STALE + ".md"), "---\ntitle: Titre mis à jour par le fichier\ntype: outil\n---\nCorps.\n");
        write(dir.resolve(FRESH + ".md"), "---\ntitle: Un fichier tout neuf\ntype: etude\nlicence: CC0-1.0\n"
                + "themes:\n  - evaluation-indicateurs\n  - formation\naudiences: [elus]\n---\n");
        write(dir.resolve(PROPOSED + ".md"), "---\ntitle: Le fichier qui voudrait la remplacer\n---\nCorps.\n");
        write(dir.resolve("zz-casse.md"), "---\ntitle: [pas refermé\n---\n");
        write(dir.resolve("zz-licence-inconnue.md"), "---\ntitle: Licence fantaisiste\nlicence: WTFPL\n---\n");
        write(dir.resolve("zz-theme-inconnu.md"), "---\ntitle: Thème fantaisiste\nthemes: [jardinage]\n---\n");
        return Deployments.platform();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ArquillianResource
    URL base;

    @Test
    void importUpdatesInPlaceCreatesNewAndSkipsBrokenFiles() {
        Http http = new Http(base);
        assertEquals(200, http.get("/health/ready").status(), "a broken content file does not stop the start");

        assertEquals(staleId, TestDatabase.count("SELECT id FROM resources_resource WHERE slug = ?", STALE), "same row");
        assertEquals("Titre mis à jour par le fichier", http.get("/api/resources/" + STALE).json().getString("title"));
        assertEquals("outil", http.get("/api/resources/" + STALE).json().getString("type"));
        assertEquals("CC0-1.0", http.get("/api/resources/" + FRESH).json().getString("licence"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE title = 'Licence fantaisiste'"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE slug = ? AND title = "
                + "'Ma proposition' AND status = 'proposed' AND proposed_by = 'sujet-proposant'", PROPOSED),
                "a file never replaces a resource created on the platform");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE title = 'Thème fantaisiste'"));

        var fresh = http.get("/api/resources/" + FRESH).json();
        assertEquals("formation", fresh.getJsonArray("themes").getJsonObject(0).getString("code"));
        assertEquals("evaluation-indicateurs", fresh.getJsonArray("themes").getJsonObject(1).getString("code"));
        assertEquals("Élus", fresh.getJsonArray("audiences").getJsonObject(0).getString("label"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE proposed_by IS NOT NULL "
                + "AND slug IN (?, ?)", STALE, FRESH), "imported content has no proposer");

        // Created and updated files are announced to search, in their import's transaction.
        long freshId = TestDatabase.count("SELECT id FROM resources_resource WHERE slug = ?", FRESH);
        for (long id : new long[] {staleId, freshId}) {
            assertTrue(TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = ? AND payload = ?",
                    SearchChanges.TOPIC, SearchChanges.payload("resource", String.valueOf(id))) >= 1, "announced " + id);
        }
        // An unchanged file is not: the seed file was created by this run's first boot and unchanged since.
        long seedId = TestDatabase.count("SELECT id FROM resources_resource WHERE slug = 'pass-numerique'");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = ? AND payload = ?",
                SearchChanges.TOPIC, SearchChanges.payload("resource", String.valueOf(seedId))));

        // Every IT class boots the application on this database, each boot importing content again.
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM (SELECT slug FROM resources_resource "
                + "GROUP BY slug HAVING COUNT(*) > 1) doubles"));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE slug = 'pass-numerique'"));
    }
}
