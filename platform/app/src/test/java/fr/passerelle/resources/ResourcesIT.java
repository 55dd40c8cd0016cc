package fr.passerelle.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The resources module through the real WAR: list, read, propose, pages, escaping. */
@ExtendWith(ArquillianExtension.class)
class ResourcesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base);
    }

    /** A signed-in participant: proposing needs an identity. */
    private Http member() {
        return new Http(base).withBearer(TestKeycloak.token("participant", "participant-demo"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes a resource straight into the database, as an editor's publication would. */
    private static void insertPublished(String slug, String title, String summary, String body) {
        String next = TestDatabase.nextValue("resources_resource_seq");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO resources_resource (id, slug, title, summary, body, type, licence, status, "
                + "created_at, updated_at, published_at) VALUES (" + next + ", ?, ?, ?, ?, 'guide', 'CC-BY-4.0', "
                + "'published', ?, ?, ?)", slug, title, summary, body, now, now, now);
    }

    @Test
    void aProposalIsStoredButNotPublished() {
        String slug = unique("proposition");
        Http.Reply created = member().postJson("/api/resources", "{\"slug\":\"" + slug + "\",\"title\":\"Former les agents "
                + "d'accueil 😀\",\"summary\":\"Retour d'expérience\",\"type\":\"formation\",\"licence\":\"CC-BY-SA-4.0\"}");
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/resources/" + slug));
        JsonObject json = created.json();
        assertEquals(slug, json.getString("slug"));
        assertEquals("Former les agents d'accueil 😀", json.getString("title"));
        assertEquals("proposed", json.getString("status"));
        assertEquals("CC-BY-SA-4.0", json.getString("licence"));
        assertTrue(json.getJsonNumber("id").longValue() > 0);

        assertEquals(404, http().get("/api/resources/" + slug).status(), "not public before publication");
        assertEquals(404, http().get("/ressources/" + slug).status());
        assertFalse(http().get("/api/resources?size=100").body().contains(slug));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE slug = ?", slug));
    }

    @Test
    void aProposalCarriesThemesAudiencesItsProposerAndAnnouncesItselfToSearch() {
        String slug = unique("themes");
        String token = TestKeycloak.token("participant", "participant-demo");
        Http.Reply created = new Http(base).withBearer(token).postJson("/api/resources", "{\"slug\":\"" + slug
                + "\",\"title\":\"Repérer les publics\",\"type\":\"fiche-pratique\",\"themes\":[\"reperage-orientation\","
                + "\"strategie-territoriale\",\"reperage-orientation\"],\"audiences\":[\"travailleurs-sociaux\"]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject json = created.json();
        assertEquals("strategie-territoriale", json.getJsonArray("themes").getJsonObject(0).getString("code"),
                "vocabulary order, duplicates dropped");
        assertEquals("Stratégie territoriale d'inclusion numérique",
                json.getJsonArray("themes").getJsonObject(0).getString("label"));
        assertEquals("reperage-orientation", json.getJsonArray("themes").getJsonObject(1).getString("code"));
        assertEquals(2, json.getJsonArray("themes").size());
        assertEquals("Travailleurs sociaux", json.getJsonArray("audiences").getJsonObject(0).getString("label"));

        long id = json.getJsonNumber("id").longValue();
        String subject = TestKeycloak.claims(token).getString("sub");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE id = ? AND proposed_by = ?",
                id, subject));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = ? AND payload = ?",
                SearchChanges.TOPIC, SearchChanges.payload("resource", String.valueOf(id))));
    }

    @Test
    void unknownThemesOrAudiencesAreRefusedWithTheFieldAndTheAllowedCodes() {
        String slug = unique("theme-inconnu");
        Http.Reply refused = member().postJson("/api/resources", "{\"slug\":\"" + slug + "\",\"title\":\"T\","
                + "\"type\":\"guide\",\"themes\":[\"jardinage\"],\"audiences\":[\"elus\",\"maires\"]}");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        String body = refused.body();
        assertTrue(body.contains("\"themes\"") && body.contains("jardinage") && body.contains("strategie-territoriale"),
                body);
        assertTrue(body.contains("\"audiences\"") && body.contains("maires") && body.contains("grand-public"), body);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE slug = ?", slug));
    }

    @Test
    void slugsAreUniqueExplicitOnesConflictDerivedOnesGetANumber() {
        String slug = unique("doublon");
        assertEquals(201, member().postJson("/api/resources", "{\"slug\":\"" + slug + "\",\"title\":\"A\",\"type\":\"guide\"}").status());
        Http.Reply clash = member().postJson("/api/resources", "{\"slug\":\"" + slug + "\",\"title\":\"B\",\"type\":\"guide\"}");
        assertEquals(409, clash.status(), clash.toString());
        assertEquals("application/problem+json", clash.contentType());

        String title = "Titre répété " + UUID.randomUUID();
        String first = member().postJson("/api/resources", "{\"title\":\"" + title + "\",\"type\":\"outil\"}").json().getString("slug");
        String second = member().postJson("/api/resources", "{\"title\":\"" + title + "\",\"type\":\"outil\"}").json().getString("slug");
        assertEquals(first + "-2", second);
    }

    @Test
    void sqlLookingTextIsJustText() {
        String title = "'; DROP TABLE resources_resource; -- " + UUID.randomUUID();
        Http.Reply created = member().postJson("/api/resources", "{\"title\":\"" + title + "\",\"type\":\"guide\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals(title, created.json().getString("title"));
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM resources_resource") > 0);
    }

    @Test
    void hostileContentIsShownAsText() {
        String slug = unique("hostile");
        insertPublished(slug, "<script>alert('titre')</script>", "<img src=x onerror=alert(1)>",
                "Paragraphe <script>alert('corps')</script> et [lien](javascript:alert(2))");
        Http.Reply page = http().get("/ressources/" + slug);
        assertEquals(200, page.status());
        assertFalse(page.body().contains("<script>alert"), "no script element from content");
        assertFalse(page.body().contains("<img src=x"), "no image element from content");
        assertFalse(page.body().contains("javascript:alert"), "no javascript: link");
        assertTrue(page.body().contains("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;"), "title escaped");

        Http.Reply list = http().get("/ressources");
        assertFalse(list.body().contains("<img src=x"));
        JsonObject api = http().get("/api/resources/" + slug).json();
        assertEquals("<script>alert('titre')</script>", api.getString("title"), "the API returns data, not HTML");
    }

    @Test
    void publishedResourcesArePagedNewestFirst() {
        insertPublished(unique("page-a"), "Page A", "", "");
        insertPublished(unique("page-b"), "Page B", "", "");
        JsonObject first = http().get("/api/resources?page=1&size=1").json();
        JsonObject second = http().get("/api/resources?page=2&size=1").json();
        assertEquals(1, first.getJsonArray("items").size());
        assertEquals(first.getInt("total"), second.getInt("total"));
        assertFalse(first.getJsonArray("items").getJsonObject(0).getString("slug")
                .equals(second.getJsonArray("items").getJsonObject(0).getString("slug")));
        assertEquals(0, http().get("/api/resources?page=9999&size=100").json().getJsonArray("items").size());
    }

    @Test
    void pagesShowTheResourceWithItsLicence() {
        Http.Reply page = http().get("/ressources/pass-numerique");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Réutilisable sous licence"));
        assertTrue(page.body().contains("Licence Ouverte"), "etalab-2.0 shown by name");
        assertTrue(page.body().contains("<strong>Pass numérique</strong>"), "Markdown rendered");
        assertTrue(page.body().contains("Financement et Pass numérique"), "themes shown by label");
        assertTrue(page.body().contains("Élus"), "audiences shown by label");
        JsonObject api = http().get("/api/resources/pass-numerique").json();
        assertEquals(List.of("reperage-orientation", "financement-pass-numerique"), api.getJsonArray("themes")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("code")).toList(), "vocabulary order");
        assertEquals(404, http().get("/ressources/n-existe-pas").status());
        assertEquals(400, http().get("/ressources?page=abc").status());
    }
}
