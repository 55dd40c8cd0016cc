package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.probe.ProbeEndpoint;
import fr.passerelle.app.probe.ProbeHistoryEndpoint;
import fr.passerelle.app.probe.ProbeJob;
import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import fr.passerelle.testkit.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole WAR in Payara Micro: health, pages, API, OpenAPI, static files, errors, outbox mail, jobs. */
@ExtendWith(ArquillianExtension.class)
class AssemblyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform().addClasses(ProbeEndpoint.class, ProbeJob.class, ProbeHistoryEndpoint.class);
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base);
    }

    @Test
    void changesAreRecordedWithTheirTransactionNewestFirst() {
        String id = "h" + java.util.UUID.randomUUID();
        String longTitle = "Guide du maire 😀 " + "é".repeat(400);
        assertEquals(204, http().post("/api/test-probe/history/" + id + "?title=Premier", "text/plain", "").status());
        assertEquals(204, http().post("/api/test-probe/history/" + id + "?title="
                + java.net.URLEncoder.encode(longTitle, java.nio.charset.StandardCharsets.UTF_8), "text/plain", "").status());
        assertEquals(500, http().post("/api/test-probe/history/" + id + "?title=Perdu&fail=true", "text/plain", "").status());

        jakarta.json.JsonArray records = Json.createReader(new StringReader(http().get("/api/test-probe/history/" + id).body()))
                .readArray();
        assertEquals(2, records.size(), "the rolled-back change is not in the history: " + records);
        jakarta.json.JsonObject newest = records.getJsonObject(0);
        assertEquals(longTitle, newest.getJsonArray("changes").getJsonObject(0).getString("after"));
        assertEquals("Premier", records.getJsonObject(1).getJsonArray("changes").getJsonObject(0).getString("after"));
        assertEquals("Élodie Garnier", newest.getString("actorName"));
        assertEquals("modifiée", newest.getString("action"));
        assertTrue(newest.getBoolean("flagged"), "a licence change is flagged");
        assertEquals("licence", newest.getJsonArray("changes").getJsonObject(1).getString("field"));
        assertEquals("[]", http().get("/api/test-probe/history/inconnu-" + id).body());
    }

    @Test
    void healthSaysUpOnceStarted() {
        Http.Reply ready = http().get("/health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("base-de-donnees"), ready.body());
        assertEquals(200, http().get("/health/live").status());
        assertEquals(200, http().get("/metrics").status());
    }

    @Test
    void homeIsAFrenchDsfrPageWithModuleNavigation() {
        Http.Reply home = http().get("/");
        assertEquals(200, home.status());
        assertTrue(home.contentType().startsWith("text/html"), home.contentType());
        assertTrue(home.body().contains("<html lang=\"fr\""), "lang=fr");
        assertTrue(home.body().contains("/static/dsfr/dsfr.min.css"), "DSFR stylesheet");
        assertTrue(home.body().contains("href=\"#contenu\""), "skip link");
        assertTrue(home.body().contains("<main id=\"contenu\""), "main landmark");
        assertTrue(home.body().contains("href=\"/ressources\""), "module navigation");
        assertTrue(home.body().contains("aria-current=\"page\">Accueil"), "current page marked");
        assertEquals(200, http().get("/static/dsfr/dsfr.min.css").status());
    }

    @Test
    void kernelGeographyAndCalendarWorkInsideTheServer() {
        Http.Reply ics = http().get("/api/test-probe/kernel-data.ics");
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.contentType());
        assertEquals("attachment; filename=\"sonde.ics\"", ics.header("Content-Disposition").orElse(""));
        assertTrue(ics.body().contains("\r\nDTSTART;TZID=Europe/Paris:20180913T093000\r\n"), ics.body());
        assertTrue(ics.body().contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"), ics.body());
        assertTrue(ics.body().contains("\r\nDESCRIPTION:Nantes 44 52 "), "geography resource read: " + ics.body());
        assertTrue(ics.body().contains(" update=false\r\n"), "ical4j.properties read: " + ics.body());
    }

    @Test
    void theMailboxPageShowsTheSmtpModeToAdministrators() {
        Http.Reply page = http().withBearer(TestKeycloak.token("admin", "admin-demo")).get("/admin/courriels");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("Un serveur SMTP est configuré"), "the tests send through GreenMail");
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        for (String path : new String[] {"/", "/ressources", "/api/resources", "/static/passerelle.css", "/introuvable"}) {
            Http.Reply reply = http().get(path);
            String csp = reply.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", reply.header("Referrer-Policy").orElse(""), path);
        }
        assertFalse(http().get("/").body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script");
    }

    @Test
    void modulePageAndApiServeImportedContent() {
        Http.Reply page = http().get("/ressources");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Le Pass numérique"), "seed content imported at startup");
        Http.Reply api = http().get("/api/resources");
        assertEquals(200, api.status());
        assertTrue(api.contentType().startsWith("application/json"), api.contentType());
        JsonObject list = api.json();
        assertTrue(list.getInt("total") >= 1);
        assertEquals(1, list.getInt("page"));
        assertEquals(20, list.getInt("size"));
        assertFalse(list.getJsonArray("items").isEmpty());
    }

    @Test
    void openApiDescribesTheApiOnly() {
        Http.Reply doc = http().get("/openapi", "application/json");
        assertEquals(200, doc.status(), doc.toString());
        JsonObject paths = doc.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/resources"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/resources/{slug}"), paths.keySet().toString());
        assertTrue(paths.keySet().stream().allMatch(p -> p.startsWith("/api/")), paths.keySet().toString());
    }

    @Test
    void staticFilesAreCachedAndValidated() {
        Http.Reply css = http().get("/static/passerelle.css");
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        assertTrue(css.header("Cache-Control").orElse("").contains("max-age=604800"), css.header("Cache-Control").toString());
        String etag = css.header("ETag").orElseThrow();
        Http.Reply again = http().send(HttpRequest.newBuilder(http().uri("/static/passerelle.css"))
                .header("If-None-Match", etag).GET());
        assertEquals(304, again.status());
        assertEquals(404, http().get("/static/../WEB-INF/web.xml").status());
        assertEquals(404, http().get("/static/%2e%2e/WEB-INF/web.xml").status());
        assertEquals(404, http().get("/static/passerelle.exe").status());
    }

    @Test
    void unknownPathsGetFrenchAnswersWithoutStackTraces() {
        Http.Reply page = http().get("/cette-page-n-existe-pas");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("Page introuvable"), page.body());
        assertTrue(page.body().contains("<html lang=\"fr\""));

        Http.Reply api = http().get("/api/inconnu");
        assertEquals(404, api.status());
        assertEquals("application/problem+json", api.contentType());
        assertEquals(404, api.json().getInt("status"));
        assertEquals("/api/inconnu", api.json().getString("instance"));
    }

    @Test
    void unexpectedErrorsAnswer500WithAnIdAndNoStackTrace() {
        Http.Reply reply = http().post("/api/test-probe/mail?to=x@example.org&subject=rien&fail=true", "text/plain", "");
        assertEquals(500, reply.status(), reply.toString());
        JsonObject problem = reply.json();
        assertTrue(problem.getString("detail").contains(problem.getString("errorId")));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("at fr.passerelle"), reply.body());
    }

    @Test
    void badBodiesGet4xxProblemsAndStoreNothing() {
        // Signed in, so that every refusal below is about the body, not about who sends it.
        Http http = http().withBearer(TestKeycloak.token("participant", "participant-demo"));
        long before = TestDatabase.count("SELECT COUNT(*) FROM resources_resource");
        String huge = "{\"title\":\"" + "a".repeat(10 * 1024 * 1024) + "\",\"type\":\"guide\"}";
        assertProblem(400, http.postJson("/api/resources", "{\"title\":"));
        assertProblem(400, http.postJson("/api/resources", "{\"title\":{\"a\":1},\"type\":\"guide\"}"));
        assertProblem(400, http.postJson("/api/resources", "[1,2,3]"));
        assertProblem(400, http.postJson("/api/resources", ""));
        assertProblem(400, http.postJson("/api/resources", "{\"type\":\"guide\"}"));
        assertProblem(400, http.postJson("/api/resources", "{\"title\":\"" + "x".repeat(10_000) + "\",\"type\":\"guide\"}"));
        assertProblem(400, http.postJson("/api/resources", "{\"title\":\"a\\u0000b\",\"type\":\"guide\"}"));
        assertProblem(400, http.postJson("/api/resources", "{\"title\":\"ok\",\"type\":\"inconnu\"}"));
        assertProblem(400, http.postJson("/api/resources", "{\"title\":\"ok\",\"type\":\"guide\",\"licence\":\"GPL\"}"));
        assertProblem(400, http.postJson("/api/resources", "{\"title\":\"ok\",\"type\":\"guide\",\"slug\":\"Pas Bon\"}"));
        assertProblem(415, http.post("/api/resources", "text/plain", "{\"title\":\"ok\",\"type\":\"guide\"}"));
        assertProblem(400, http.post("/api/resources", "application/json", "<resource><title>xml</title></resource>"));
        // Declared length over the limit: refused before the body is read. With "Expect: 100-continue" the
        // client waits for that answer instead of racing the server's close with its upload.
        assertProblem(413, http.send(HttpRequest.newBuilder(http.uri("/api/resources")).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(huge))));
        // Chunked: no Content-Length to check up front, the body is counted as it is read.
        assertProblem(413, http.send(HttpRequest.newBuilder(http.uri("/api/resources"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(huge)))));
        assertProblem(400, http.get("/api/resources?page=-1"));
        assertProblem(400, http.get("/api/resources?size=100000"));
        assertProblem(405, http.send(HttpRequest.newBuilder(http.uri("/api/resources")).DELETE()));
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM resources_resource"), "nothing stored");
    }

    private static void assertProblem(int status, Http.Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType(), reply.toString());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").contains("Exception"), problem.toString());
    }

    @Test
    void mailLeavesThroughTheOutboxOnlyWhenTheTransactionCommits() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        assertEquals(500, http().post("/api/test-probe/mail?to=annule@example.org&subject=annule-" + tag
                + "&fail=true", "text/plain", "").status());
        assertEquals(202, http().post("/api/test-probe/mail?to=aidant@example.org&subject=envoye-" + tag,
                "text/plain", "").status());

        TestMailServer.awaitMessage("aidant@example.org", "envoye-" + tag, Duration.ofSeconds(30));
        // Rows are delivered in order, so a committed earlier row would have arrived first.
        assertTrue(TestMailServer.received().stream().noneMatch(m -> subject(m).contains("annule-" + tag)));
        assertEquals(1, TestMailServer.received().stream().filter(m -> subject(m).contains("envoye-" + tag)).count());
    }

    @Test
    void aScheduledJobRunsOncePerPeriodNotOncePerTick() throws Exception {
        Supplier<JsonArray> runs = () -> Json.createReader(new StringReader(http().get("/api/test-probe/job-runs").body()))
                .readArray();
        Await.until("the probe job ran twice", Duration.ofSeconds(60), () -> runs.get().size() >= 2);
        JsonArray recorded = runs.get();
        long gap = recorded.getJsonNumber(1).longValue() - recorded.getJsonNumber(0).longValue();
        // The scheduler ticks every 5 s; without the period lease the job would run at every tick.
        assertTrue(gap >= ProbeJob.PERIOD.toMillis() - 500, "runs only " + gap + " ms apart");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
