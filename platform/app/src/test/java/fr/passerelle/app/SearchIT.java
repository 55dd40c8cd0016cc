package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.probe.ProbeMembership;
import fr.passerelle.app.probe.ProbeNoteEndpoint;
import fr.passerelle.app.probe.ProbeNotes;
import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.RandomWords;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search through the real WAR, database and Keycloak: trimming by identity (anonymous, signed-in
 * outsider, member of a body, author, editor), freshness of changes, bad input, the page, and the
 * rebuild. Notes of a test-only indexer stand for the members-only documents of modules to come.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    static final Duration SOON = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform()
                .addClasses(ProbeNotes.class, ProbeNotes.Note.class, ProbeMembership.class, ProbeNoteEndpoint.class);
    }

    @ArquillianResource
    URL base;

    Http anonymous() {
        return new Http(base);
    }

    Http as(String username) {
        return new Http(base).withBearer(TestKeycloak.token(username, username + "-demo"));
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    void putNote(String id, String title, String body, String theme, String... visibility) {
        JsonObject note = Json.createObjectBuilder().add("title", title).add("body", body).add("theme", theme)
                .add("visibility", Json.createArrayBuilder(List.of(visibility))).build();
        Http.Reply reply = anonymous().send(java.net.http.HttpRequest.newBuilder(anonymous().uri("/api/test-probe/notes/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(note.toString())));
        assertEquals(204, reply.status(), reply.toString());
    }

    static long total(Http http, String query) {
        Http.Reply reply = http.get("/api/search?q=" + q(query));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonNumber("total").longValue();
    }

    static List<String> facetValues(JsonObject results, String facet) {
        return results.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("value")).toList();
    }

    static List<String> suggestions(Http http, String typed) {
        return http.get("/api/search/suggest?q=" + q(typed)).json().getJsonArray("suggestions")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void membersOnlyDocumentsAreInvisibleToOthersInHitsCountsFacetsAndSuggestions() {
        String word = RandomWords.of("quetzal", 4);
        putNote("confidentielle-" + word, "Compte rendu réservé " + word, "Le comité a discuté de " + word + ".",
                "Gouvernance réservée " + word, "body:" + ProbeMembership.BODY);
        Http member = as("membre");
        Await.until("the note is searchable by members", SOON, () -> total(member, word) == 1);

        JsonObject forMember = member.get("/api/search?q=" + q(word)).json();
        assertEquals("note", forMember.getJsonArray("hits").getJsonObject(0).getString("type"));
        assertTrue(facetValues(member.get("/api/search").json(), "theme").contains("Gouvernance réservée " + word));
        assertEquals(List.of("Compte rendu réservé " + word), suggestions(member, "compte rendu réservé " + word.substring(0, 5)));

        for (Http outsider : List.of(anonymous(), as("participant"), as("editrice"))) {
            assertEquals(0, total(outsider, word));
            JsonObject all = outsider.get("/api/search").json();
            assertFalse(facetValues(all, "theme").contains("Gouvernance réservée " + word), "facet counts");
            assertFalse(all.toString().contains(word), "nothing of the note anywhere in the answer");
            assertEquals(List.of(), suggestions(outsider, "compte rendu réservé " + word.substring(0, 5)));
            Http.Reply filtered = outsider.get("/api/search?facet.theme=" + q("Gouvernance réservée " + word));
            assertEquals(0, filtered.json().getJsonNumber("total").longValue(), "a guessed facet value reveals nothing");
        }
        Http.Reply page = anonymous().get("/recherche?q=" + q(word));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Aucun résultat"), page.toString());
        assertFalse(page.body().contains("Compte rendu réservé"));
    }

    @Test
    void similarDocumentsAreTrimmedForTheCaller() {
        String word = RandomWords.of("ornithorynque", 4);
        String text = "Les ateliers " + word + " de médiation accompagnent les habitants vers les démarches en ligne.";
        putNote("source-" + word, "Ateliers " + word, text, "Essais", "public");
        putNote("publique-" + word, "Ateliers " + word + " en mairie", text, "Essais", "public");
        putNote("reservee-" + word, "Ateliers " + word + " du comité", text, "Essais", "body:" + ProbeMembership.BODY);
        Await.until("the notes are searchable by members", SOON, () -> total(as("membre"), word) == 3);

        Http.Reply forAnonymous = anonymous().get("/api/test-probe/notes/source-" + word + "/similar");
        assertEquals(200, forAnonymous.status(), forAnonymous.toString());
        assertTrue(forAnonymous.body().contains("publique-" + word), forAnonymous.body());
        assertFalse(forAnonymous.body().contains("reservee-" + word), "a members-only note is never suggested to others");
        assertFalse(forAnonymous.body().contains("\"source-" + word), "not the note itself");
        String forMember = as("membre").get("/api/test-probe/notes/source-" + word + "/similar").body();
        assertTrue(forMember.contains("reservee-" + word) && forMember.contains("publique-" + word), forMember);
        assertEquals("[]", anonymous().get("/api/test-probe/notes/reservee-" + word + "/similar").body(),
                "nothing is said about a note the caller may not see");
    }

    @Test
    void aChangeOfVisibilityIsReflectedAtTheNextRefresh() {
        String word = RandomWords.of("visib", 5);
        putNote(word, "Brouillon " + word, "Texte provisoire.", "Essais", "role:editor");
        Http editor = as("editrice");
        Await.until("the draft is searchable by editors", SOON, () -> total(editor, word) == 1);
        assertEquals(0, total(anonymous(), word));

        long before = System.nanoTime();
        putNote(word, "Publication " + word, "Texte publié.", "Essais", "public");
        Await.until("the published note is public", SOON, () -> total(anonymous(), word) == 1);
        System.out.printf("search freshness (write → anonymous hit, through HTTP): %d ms%n",
                (System.nanoTime() - before) / 1_000_000);

        Http.Reply deleted = anonymous().send(HttpRequest.newBuilder(anonymous().uri("/api/test-probe/notes/" + word)).DELETE());
        assertEquals(204, deleted.status());
        Await.until("the deleted note leaves the index", SOON, () -> total(anonymous(), word) == 0);
    }

    @Test
    void contentIsEscapedInSnippetsAndPages() {
        String word = RandomWords.of("echap", 5);
        putNote(word, "<script>alert('titre')</script> " + word, "<img src=x onerror=alert(1)> " + word + " <b>gras</b>",
                "Essais", "public");
        Await.until("the note is searchable", SOON, () -> total(anonymous(), word) == 1);
        JsonObject hit = anonymous().get("/api/search?q=" + q(word)).json().getJsonArray("hits").getJsonObject(0);
        String snippet = hit.getString("snippet");
        assertTrue(snippet.contains("&lt;img") && snippet.contains("<mark>" + word + "</mark>"), snippet);
        assertFalse(snippet.contains("<img") || snippet.contains("<b>"), snippet);
        String page = anonymous().get("/recherche?q=" + q(word)).body();
        assertFalse(page.contains("<script>alert") || page.contains("<img src=x"), "page escapes title and snippet");
        assertTrue(page.contains("&lt;script&gt;alert"), "the title shows as text");
    }

    @Test
    void proposalsAreSeenByTheirAuthorAndEditorsOnly() {
        String word = RandomWords.of("propo", 5);
        Http author = as("participant");
        Http.Reply created = author.postJson("/api/resources", Json.createObjectBuilder()
                .add("title", "Proposition " + word).add("summary", "Une proposition à relire")
                .add("body", "Corps de la proposition " + word).add("type", "guide").build().toString());
        assertEquals(201, created.status(), created.toString());
        Await.until("the author finds their proposal", SOON, () -> total(author, word) == 1);
        assertEquals(1, total(as("editrice"), word));
        assertEquals(0, total(anonymous(), word));
        assertEquals(0, total(as("membre"), word));
    }

    @Test
    void seedContentIsSearchableInFrench() {
        Await.until("seed content is indexed", SOON, () -> total(anonymous(), "pass numerique") > 0);
        JsonObject results = anonymous().get("/api/search?q=" + q("Pass numérique")).json();
        assertTrue(results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("url").equals("/ressources/pass-numerique")), results.toString());
        assertTrue(facetValues(results, "type").contains("resource"));
        JsonObject empty = anonymous().get("/api/search?q=").json();
        assertTrue(empty.getJsonNumber("total").longValue() > 0, "an empty query lists recent content");
        assertEquals(JsonValue.ValueType.ARRAY, empty.get("hits").getValueType());
    }

    @Test
    void badInputGetsAUsefulAnswerOrAFrench400() {
        for (String path : List.of("/api/search?size=100000", "/api/search?page=-1", "/api/search?page=abc",
                "/api/search?facet.couleur=bleu", "/api/search?sort=hasard", "/api/search?page=9999")) {
            Http.Reply reply = anonymous().get(path);
            assertEquals(400, reply.status(), path + " → " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
            assertTrue(reply.json().toString().contains("invalid") || reply.json().containsKey("errors")
                    || reply.json().containsKey("detail"), reply.toString());
        }
        for (String text : List.of("title:(", "*", "~~", "\"non fermé", "\u0001\u0007", "😀 médiation", "x".repeat(5000),
                "'; DROP TABLE resources_resource; --", "<script>alert(1)</script>")) {
            Http.Reply reply = anonymous().get("/api/search?q=" + q(text));
            assertEquals(200, reply.status(), text + " → " + reply);
            assertTrue(reply.json().getString("query").length() <= 500);
        }
        Http.Reply page = anonymous().get("/recherche?page=abc", "text/html");
        assertEquals(400, page.status());
        assertTrue(page.contentType().startsWith("text/html") && page.body().contains("page"), page.toString());
        assertEquals(200, anonymous().get("/api/search/suggest?q=" + q("x".repeat(5000))).status());
        assertEquals(200, anonymous().get("/api/search/suggest").status());
    }

    @Test
    void theSearchPageWorksWithoutJavaScriptAndKeepsStateInTheUrl() {
        Await.until("seed content is indexed", SOON, () -> total(anonymous(), "pass numerique") > 0);
        Http.Reply page = anonymous().get("/recherche?q=" + q("pass numérique") + "&facet.type=resource&sort=date");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("name=\"facet.type\" value=\"resource\" checked"), "selected facet stays checked");
        assertTrue(page.body().contains("<option value=\"date\" selected>"), "order kept");
        assertTrue(page.body().contains("value=\"pass numérique\""), "query kept in the box");
        assertTrue(anonymous().get("/").body().contains("action=\"/recherche\""), "search box in the header");
    }

    @Test
    void onlyAdminsRebuildTheIndexAndSearchGoesOnMeanwhile() {
        assertEquals(401, anonymous().post("/api/search/reindex", "application/json", "").status());
        assertEquals(403, as("editrice").post("/api/search/reindex", "application/json", "").status());
        Http admin = as("admin");
        Http.Reply started = admin.post("/api/search/reindex", "application/json", "");
        assertEquals(202, started.status(), started.toString());
        Await.until("the rebuild ends", Duration.ofSeconds(60),
                () -> !admin.get("/api/search/reindex").json().getBoolean("running"));
        JsonObject status = admin.get("/api/search/reindex").json();
        assertTrue(status.getJsonObject("lastRebuild").getInt("documents") > 0, status.toString());
        assertTrue(total(anonymous(), "pass numerique") > 0, "search answers from the new index");
        assertEquals(403, as("participant").get("/api/search/reindex").status());
    }
}
