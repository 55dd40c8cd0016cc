package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.probe.ProbeAttachments;
import fr.passerelle.app.probe.ProbeEndpoint;
import fr.passerelle.app.probe.ProbeHistoryEndpoint;
import fr.passerelle.app.probe.ProbeJob;
import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.SampleFiles;
import fr.passerelle.testkit.SampleFiles.Part;
import fr.passerelle.testkit.SignIn;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import fr.passerelle.testkit.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole WAR in Payara Micro: health, pages, API, OpenAPI, static files, errors, outbox mail, jobs, and the
 * kernel's attachments (stored in the database, served at /fichiers) through test-only probes.
 */
@ExtendWith(ArquillianExtension.class)
class AssemblyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform().addClasses(ProbeEndpoint.class, ProbeJob.class, ProbeHistoryEndpoint.class)
                .addClasses(ProbeAttachments.CLASSES);
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

    // ---- attachments: files uploaded through a probe module ("probe:…" owners), served by the kernel ----

    private Http.Reply upload(Http http, String path, Part... parts) {
        return http.post(path, SampleFiles.MULTIPART, SampleFiles.multipart(parts));
    }

    private HttpResponse<byte[]> download(String path, String bearer, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().uri(path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] pdf(String text) {
        return SampleFiles.pdf(text);
    }

    private static byte[] image(String format) {
        return SampleFiles.image(format, 16);
    }

    /** A "DOCX" whose document inflates to 64 Mo of zeros: about 64 ko sent. */
    private static byte[] docxBomb() throws Exception {
        byte[] docx = SampleFiles.docx("");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                if (entry.getName().equals("word/document.xml")) {
                    byte[] zeros = new byte[1024 * 1024];
                    for (int mb = 0; mb < 64; mb++) {
                        zip.write(zeros);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void attachmentsAreStoredInTheDatabaseAndServedWithTheirHeaders() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = "probe:public:" + tag;
        byte[] pdf = pdf("Feuille de route du Pass numérique " + tag);
        Http.Reply created = upload(http(), "/api/test-probe/attachments?owner=" + owner,
                Part.field("titre", "Réunion de lancement"), Part.file("Compte rendu été.pdf", "application/pdf", pdf));
        assertEquals(201, created.status(), created.toString());
        JsonObject file = created.json();
        long id = file.getJsonNumber("id").longValue();
        assertEquals("Compte rendu été.pdf", file.getString("filename"), "the UTF-8 name as the browser wrote it");
        assertEquals("Réunion de lancement", file.getString("titre"), "plain fields of the same form");
        assertEquals("PDF", file.getString("kind"));
        assertEquals(pdf.length, file.getJsonNumber("size").longValue());
        assertEquals(sha256(pdf), file.getString("sha256"));
        assertEquals("/fichiers/" + id + "/compte-rendu-ete.pdf", file.getString("url"));
        assertEquals(file.getString("url"), created.header("Location").map(l -> URI.create(l).getPath()).orElse(""));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment WHERE id = ? AND owner = ? AND sha256 = ?"
                + " AND size_bytes = ? AND kind = 'PDF'", id, owner, sha256(pdf), pdf.length));
        assertEquals(pdf.length, TestDatabase.count("SELECT OCTET_LENGTH(content) FROM kernel_attachment WHERE id = ?", id));
        assertTrue(http().get("/api/test-probe/attachments/" + id + "/text").body()
                .contains("Feuille de route du Pass numérique " + tag), "text extracted for search");

        HttpResponse<byte[]> served = download(file.getString("url"), null);
        assertEquals(200, served.statusCode());
        assertArrayEquals(pdf, served.body());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals(String.valueOf(pdf.length), served.headers().firstValue("Content-Length").orElse(""));
        assertEquals("inline; filename=\"Compte rendu ete.pdf\"; filename*=UTF-8''Compte%20rendu%20%C3%A9t%C3%A9.pdf",
                served.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("sandbox", served.headers().firstValue("Content-Security-Policy").orElse(""), "not the pages' policy");
        assertEquals("\"" + sha256(pdf) + "\"", served.headers().firstValue("ETag").orElse(""));
        String cache = served.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.contains("public") && cache.contains("no-cache"), cache);
        HttpResponse<byte[]> again = download(file.getString("url"), null, "If-None-Match", "\"" + sha256(pdf) + "\"");
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        for (String wrong : new String[] {"/fichiers/" + id + "/autre-nom.pdf", "/fichiers/" + id + "/compte-rendu-ete.docx",
            "/fichiers/999999999/compte-rendu-ete.pdf", "/fichiers/abc/compte-rendu-ete.pdf", "/fichiers/" + id}) {
            assertEquals(404, http().get(wrong).status(), wrong);
        }

        // A DOCX sent as raw bytes, for a private owner: downloaded (attachment), and only by whom the module allows.
        String privateOwner = "probe:private:" + tag;
        byte[] docx = SampleFiles.docx("Ordre du jour " + tag);
        Http.Reply raw = http().post("/api/test-probe/attachments?owner=" + privateOwner + "&nom=ordre%20du%20jour.docx",
                "application/octet-stream", docx);
        assertEquals(201, raw.status(), raw.toString());
        String docxUrl = raw.json().getString("url");
        assertEquals(404, download(docxUrl, null).statusCode(), "anonymous");
        assertEquals(404, download(docxUrl, TestKeycloak.token("participant", "participant-demo")).statusCode());
        HttpResponse<byte[]> allowed = download(docxUrl, TestKeycloak.token("membre", "membre-demo"));
        assertEquals(200, allowed.statusCode());
        assertArrayEquals(docx, allowed.body());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                allowed.headers().firstValue("Content-Type").orElse(""));
        assertTrue(allowed.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; "));
        assertTrue(allowed.headers().firstValue("Cache-Control").orElse("").contains("private"));

        Http.Reply unclaimed = upload(http(), "/api/test-probe/attachments?owner=personne:x:" + tag,
                Part.file("photo.png", "image/png", image("png")));
        assertEquals(201, unclaimed.status(), unclaimed.toString());
        assertEquals(404, http().get(unclaimed.json().getString("url")).status(), "no module claims the owner");

        // Larger than the 1 Mio chunks in which PostgreSQL's BYTEA is read back.
        byte[] map = SampleFiles.image("png", 900);
        assertTrue(map.length > 2 * 1024 * 1024, "size " + map.length);
        Http.Reply mapCreated = upload(http(), "/api/test-probe/attachments?owner=" + owner,
                Part.file("carte.png", "image/png", map));
        assertEquals(201, mapCreated.status(), mapCreated.toString());
        HttpResponse<byte[]> mapServed = download(mapCreated.json().getString("url"), null);
        assertArrayEquals(map, mapServed.body());
        assertEquals("image/png", mapServed.headers().firstValue("Content-Type").orElse(""));
        assertTrue(mapServed.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; "));
        JsonArray files = Json.createReader(new StringReader(http().get("/api/test-probe/attachments?owner=" + owner).body()))
                .readArray();
        assertEquals(List.of("Compte rendu été.pdf", "carte.png"),
                files.stream().map(f -> f.asJsonObject().getString("filename")).toList(), "oldest first");
        assertEquals(204, http().send(HttpRequest.newBuilder(http().uri("/api/test-probe/attachments/" + id)).DELETE()).status());
        assertEquals(404, http().get(file.getString("url")).status());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment WHERE id = ?", id));
    }

    @Test
    void refusedUploadsAnswerInFrenchAndLeaveNoRow() throws Exception {
        String owner = "probe:public:" + UUID.randomUUID().toString().substring(0, 8);
        String path = "/api/test-probe/attachments?owner=" + owner;
        long before = TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment");

        Http.Reply jpeg = upload(http(), path, Part.file("rapport.pdf", "application/pdf", image("jpg")));
        assertProblem(400, jpeg);
        assertTrue(jpeg.json().getString("detail").contains("« rapport.pdf » est en réalité une image JPEG"), jpeg.toString());
        assertEquals("fichier", jpeg.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply bomb = upload(http(), path, Part.file("bilan.docx", null, docxBomb()));
        assertProblem(400, bomb);
        assertTrue(bomb.json().getString("detail").contains("archive piégée"), bomb.toString());
        assertTrue(upload(http(), path, Part.file("vide.pdf", "application/pdf", new byte[0])).json()
                .getString("detail").contains("est vide"));
        assertProblem(400, upload(http(), path, Part.field("titre", "sans fichier")));
        assertProblem(400, http().post(path, "application/octet-stream", pdf("sans nom")));

        // Just over 20 Mo: within the request limit, refused by the check while it counts.
        byte[] tooLarge = new byte[(int) Attachments.MAX_BYTES + 512 * 1024];
        System.arraycopy(pdf("gros"), 0, tooLarge, 0, 100);
        Http.Reply large = http().post(path + "&nom=gros.pdf", "application/octet-stream", tooLarge);
        assertProblem(400, large);
        assertTrue(large.json().getString("detail").contains("dépasse la taille maximale de 20 Mo"), large.toString());
        // 25 Mo: over the request limit itself, refused before it is read.
        byte[] huge = new byte[25 * 1024 * 1024];
        assertProblem(413, http().send(HttpRequest.newBuilder(http().uri(path)).expectContinue(true)
                .header("Content-Type", SampleFiles.MULTIPART)
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleFiles.multipart(Part.file("gros.pdf", "application/pdf", huge))))));
        assertProblem(413, http().send(HttpRequest.newBuilder(http().uri(path + "&nom=gros.pdf")).expectContinue(true)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(huge))));

        // Stored, then the transaction fails: the file goes with it.
        assertEquals(500, upload(http(), path + "&fail=true", Part.file("annule.pdf", "application/pdf", pdf("annulé"))).status());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment"), "nothing kept of refused files");
    }

    @Test
    void pageFormsUploadFilesWithTheirCsrfToken() throws Exception {
        Http browser = http().browser();
        Http.Reply form = browser.get("/test-probe/fichiers");
        assertEquals(200, form.status(), form.toString());
        String token = SignIn.formToken(form);
        byte[] pdf = pdf("Envoyé depuis un formulaire");

        assertEquals(403, upload(browser, "/test-probe/fichiers", Part.file("guide.pdf", "application/pdf", pdf)).status(),
                "no token");
        Http.Reply sent = upload(browser, "/test-probe/fichiers", Part.field("_csrf", token),
                Part.file("guide.pdf", "application/pdf", pdf));
        assertEquals(303, sent.status(), sent.toString());
        String location = URI.create(sent.header("Location").orElseThrow()).getPath();
        assertTrue(location.matches("/fichiers/\\d+/guide\\.pdf"), location);
        assertArrayEquals(pdf, download(location, null).body());

        byte[] large = SampleFiles.image("png", 400);
        assertTrue(large.length > 100_000, "larger than the head the CSRF filter reads first: " + large.length);
        Http.Reply tokenLast = upload(browser, "/test-probe/fichiers", Part.file("carte.png", "image/png", large),
                Part.field("_csrf", token));
        assertEquals(303, tokenLast.status(), "a token sent after a large file is still found: " + tokenLast);
        assertArrayEquals(large, download(URI.create(tokenLast.header("Location").orElseThrow()).getPath(), null).body(),
                "the body the endpoint reads is the whole body");

        Http.Reply refused = upload(browser, "/test-probe/fichiers", Part.field("_csrf", token),
                Part.file("photo.pdf", "application/pdf", image("jpg")));
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        assertTrue(refused.body().contains("est en réalité une image JPEG"), "French error page");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
