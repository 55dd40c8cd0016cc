package fr.passerelle.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.probe.ProbeClock;
import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.RandomWords;
import fr.passerelle.testkit.SampleFiles;
import fr.passerelle.testkit.SignIn;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import fr.passerelle.testkit.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Governance through the real WAR, Keycloak, database, outbox and SMTP server: the issue's "done when" scenario
 * (meeting, members-only minutes through their review, decisions, actions owned by {@code membre}, follow-up in
 * the next agenda, one reminder when late), trimming everywhere for outsiders (API, pages, search, CSV, feeds),
 * bad input, the seed content, decision numbers under concurrency, calendar feeds and the authorisation matrix.
 */
@ExtendWith(ArquillianExtension.class)
class GovernanceIT {

    static final String BODY = "instance-nationale";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Duration SOON = Duration.ofSeconds(30);
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static final String COLLEGES = "{\"colleges\":[{\"code\":\"etat\",\"label\":\"État\"},{\"code\":\"collectivites\","
            + "\"label\":\"Collectivités territoriales\"},{\"code\":\"operateurs\",\"label\":\"Opérateurs de service public\"},"
            + "{\"code\":\"mediation\",\"label\":\"Acteurs de la médiation numérique\"},{\"code\":\"entreprises\","
            + "\"label\":\"Entreprises\"},{\"code\":\"personnalites\",\"label\":\"Personnalités qualifiées\"}]}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform().addClasses(ProbeClock.CLASSES).addClass(GovernanceImportProbe.class);
    }

    @ArquillianResource
    URL base;

    Http anonymous() {
        return new Http(base);
    }

    Http as(String user) {
        return new Http(base).withBearer(TOKENS.computeIfAbsent(user, u -> TestKeycloak.token(u, u + "-demo")));
    }

    static String unique(String prefix) {
        return RandomWords.of(prefix, 6);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String startsIn(Duration d) {
        return ZonedDateTime.now(PARIS).plus(d).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static Http.Reply send(Http http, String method, String path, String json) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonObjectBuilder obj() {
        return Json.createObjectBuilder();
    }

    /** Schedules a meeting as the secretariat and returns its id. */
    long meeting(String title, Duration in) {
        Http.Reply r = as("secretariat").postJson("/api/governance/bodies/" + BODY + "/meetings", obj().add("title", title)
                .add("startsAt", startsIn(in)).add("location", "Paris, salle 3").build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    long agendaItem(long meeting, String title) {
        Http.Reply r = as("secretariat").postJson("/api/governance/meetings/" + meeting + "/agenda",
                obj().add("title", title).add("presenter", "Secrétariat").add("outcome", "decision").build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    Http.Reply writeMinutes(Http http, long meeting, String text, String visibility) {
        return send(http, "PUT", "/api/governance/meetings/" + meeting + "/minutes",
                obj().add("text", text).add("visibility", visibility).build().toString());
    }

    Http.Reply transition(Http http, long meeting, JsonObject request) {
        return http.postJson("/api/governance/meetings/" + meeting + "/minutes/transitions", request.toString());
    }

    Http.Reply decide(Http http, long meeting, long item, String title, String visibility) {
        return http.postJson("/api/governance/meetings/" + meeting + "/decisions", obj().add("agendaItem", String.valueOf(item))
                .add("title", title).add("text", "Texte de la décision " + title).add("adoption", "consensus")
                .add("visibility", visibility).build().toString());
    }

    Http.Reply createAction(Http http, String title, String owner, String due, String visibility) {
        return http.postJson("/api/governance/actions", obj().add("body", BODY).add("title", title).add("owner", owner)
                .add("dueDate", due).add("visibility", visibility).build().toString());
    }

    /** JSON-B leaves null fields out. */
    static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.get(key) == JsonValue.NULL;
    }

    /** iCalendar folds lines at 75 octets: read it unfolded. */
    static String unfolded(Http.Reply ics) {
        return ics.body().replace("\r\n ", "").replace("\n ", "");
    }

    static long searchTotal(Http http, String word) {
        Http.Reply r = http.get("/api/search?q=" + q(word));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("total").longValue();
    }

    static long mailsAbout(String subjectPart) {
        return TestMailServer.received().stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void theSecretariatFollowsAMeetingFromMinutesToActionsAndTheLateOneIsRemindedOnce() throws Exception {
        Http secretariat = as("secretariat");
        Http membre = as("membre");
        String word = unique("cormoran");
        String reserved = unique("macareux");
        String title = "Réunion " + word;
        long m1 = meeting(title, Duration.ofDays(-3));
        long item = agendaItem(m1, "Point à décider " + word);

        Http.Reply drafted = writeMinutes(secretariat, m1, "Ouverture de la séance.\nLe comité examine le dossier " + word
                + " et le projet " + reserved + ".\nLa séance est levée.", "members");
        assertEquals(200, drafted.status(), drafted.toString());
        assertEquals("brouillon", drafted.json().getString("status"));
        assertEquals(409, transition(secretariat, m1, obj().add("to", "published").build()).status(), "publish a draft");
        assertEquals(409, transition(secretariat, m1, obj().add("to", "approved").add("how", "deadline").build()).status());

        Http.Reply review = transition(secretariat, m1, obj().add("to", "review").build());
        assertEquals(200, review.status(), review.toString());
        assertEquals("en-relecture", review.json().getString("status"));
        TestMailServer.awaitMessage("membre@passerelle.localhost", "Relecture du compte rendu : " + title, SOON);

        Http.Reply comment = membre.postJson("/api/governance/meetings/" + m1 + "/minutes/comments",
                obj().add("text", "Préciser le dossier " + word + ", s'il vous plaît.").add("line", 2).build().toString());
        assertEquals(201, comment.status(), comment.toString());
        JsonObject seen = secretariat.get("/api/governance/meetings/" + m1 + "/minutes").json();
        JsonObject first = seen.getJsonArray("comments").getJsonObject(0);
        assertEquals("Marc Dubois", first.getString("author"));
        assertEquals(2, first.getInt("line"));
        Http.Reply answer = secretariat.postJson("/api/governance/meetings/" + m1 + "/minutes/comments",
                obj().add("text", "C'est corrigé.").add("replyTo", String.valueOf(first.getJsonNumber("id").longValue()))
                        .build().toString());
        assertEquals(201, answer.status(), answer.toString());
        assertEquals(400, membre.postJson("/api/governance/meetings/" + m1 + "/minutes/comments", obj().add("text", "x")
                .add("replyTo", String.valueOf(first.getJsonNumber("id").longValue())).build().toString()).status(),
                "only the secretariat answers");
        assertEquals(409, transition(secretariat, m1, obj().add("to", "approved").add("how", "deadline").build()).status(),
                "the review deadline has not passed");

        long future = meeting("Réunion à venir " + word, Duration.ofDays(40));
        long cancelled = meeting("Réunion annulée " + word, Duration.ofHours(-2));
        assertEquals(200, send(secretariat, "PATCH", "/api/governance/meetings/" + cancelled, "{\"status\":\"annulee\"}").status());
        for (long notHeld : List.of(future, cancelled)) {
            Http.Reply refused = transition(secretariat, m1, obj().add("to", "approved").add("how", "meeting")
                    .add("meeting", String.valueOf(notHeld)).build());
            assertEquals(400, refused.status(), "approved at a meeting that did not take place: " + refused);
            assertTrue(refused.body().contains("\"meeting\""), refused.body());
        }
        long m2 = meeting("Réunion suivante " + word, Duration.ofHours(-1));
        Http.Reply approved = transition(secretariat, m1, obj().add("to", "approved").add("how", "meeting")
                .add("meeting", String.valueOf(m2)).build());
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("meeting", approved.json().getJsonObject("approval").getString("how"));
        assertEquals(409, transition(secretariat, m1, obj().add("to", "approved").add("how", "meeting")
                .add("meeting", String.valueOf(m2)).build()).status(), "approve twice");
        assertEquals(409, writeMinutes(secretariat, m1, "Réécriture après approbation", "members").status());

        Http.Reply published = transition(secretariat, m1, obj().add("to", "published").build());
        assertEquals(200, published.status(), published.toString());
        assertEquals("publie", published.json().getString("status"));
        assertEquals("members", published.json().getString("visibility"));
        assertEquals(4, published.json().getJsonArray("transitions").size(), "every step recorded");
        assertTrue(published.json().getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getString("by").equals("Sophie Bernard") && !t.getString("at").isBlank()));
        TestMailServer.awaitMessage("membre@passerelle.localhost", "Compte rendu publié : " + title, SOON);
        Http.Reply edit = writeMinutes(secretariat, m1, "Texte modifié après publication", "public");
        assertEquals(409, edit.status(), "published minutes are immutable");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM governance_minutes WHERE meeting_id = ? AND text LIKE ?",
                m1, "%" + word + "%"));
        Http.Reply erratum = secretariat.postJson("/api/governance/meetings/" + m1 + "/minutes/errata", obj()
                .add("text", "Ouverture de la séance.\nLe comité examine le dossier " + word + " et le projet " + reserved
                        + " en détail.\nLa séance est levée.")
                .add("note", "Précision à la ligne 2").build().toString());
        assertEquals(201, erratum.status(), erratum.toString());
        assertEquals(2, erratum.json().getInt("version"));
        assertEquals("publie", erratum.json().getString("status"));
        assertTrue(membre.get("/api/governance/meetings/" + m1 + "/minutes/versions/1").json().getString("text")
                .contains(reserved + ".\n"), "the old version stays readable, unchanged");

        Http.Reply d1 = decide(secretariat, m1, item, "Première décision " + word, "public");
        Http.Reply d2 = decide(secretariat, m1, item, "Seconde décision " + word, "members");
        assertEquals(201, d1.status(), d1.toString());
        assertEquals(201, d2.status(), d2.toString());
        String number1 = d1.json().getString("number");
        String number2 = d2.json().getString("number");
        int year = ZonedDateTime.now(PARIS).minusDays(3).getYear();
        assertTrue(number1.matches("INP-" + year + "-\\d{2,}"), number1);
        assertNotEquals(number1, number2);

        LocalDate today = LocalDate.now(PARIS);
        String lateTitle = "Action à rendre " + reserved;
        Http.Reply a1 = secretariat.postJson("/api/governance/actions", obj().add("body", BODY).add("title", lateTitle)
                .add("owner", "membre").add("dueDate", today.plusDays(30).toString()).add("decision", number1)
                .add("visibility", "members").build().toString());
        assertEquals(201, a1.status(), a1.toString());
        long action = a1.json().getJsonNumber("id").longValue();
        assertEquals(number1, a1.json().getString("decision"));
        assertEquals("Marc Dubois", a1.json().getString("ownerName"));
        Http.Reply a2 = createAction(secretariat, "Autre action " + word, "membre", today.plusDays(60).toString(), "public");
        assertEquals(201, a2.status(), a2.toString());

        Http.Reply update = send(membre, "PATCH", "/api/governance/actions/" + action, obj().add("status", "en-cours")
                .add("progress", 40).add("comment", "Premier jet envoyé.").add("evidence", "https://exemple.fr/jet.pdf")
                .build().toString());
        assertEquals(200, update.status(), update.toString());
        assertEquals(40, update.json().getInt("progress"));
        JsonObject logged = update.json().getJsonArray("updates").getJsonObject(0);
        assertEquals("Premier jet envoyé.", logged.getString("comment"));
        assertEquals("https://exemple.fr/jet.pdf", logged.getString("evidence"));
        assertEquals("Marc Dubois", logged.getString("by"));
        assertEquals(403, send(membre, "PATCH", "/api/governance/actions/" + action, obj().add("dueDate", "2030-01-01")
                .build().toString()).status(), "owners report; only the secretariat reassigns");
        JsonObject mine = membre.get("/api/governance/actions?owner=me&body=" + BODY + "&size=100").json();
        assertTrue(mine.toString().contains(lateTitle), "Mes actions lists it");
        assertTrue(membre.get("/gouvernance/mes-actions").body().contains(lateTitle));

        JsonObject next = anonymous().get("/api/governance/meetings/" + m2).json();
        JsonObject followUp = next.getJsonArray("agenda").getJsonObject(0);
        assertEquals("suivi", followUp.getString("kind"));
        assertTrue(followUp.getJsonArray("actions").toString().contains("Autre action " + word), "public open action");
        assertFalse(followUp.getJsonArray("actions").toString().contains(lateTitle), "members-only for anonymous");
        assertTrue(membre.get("/api/governance/meetings/" + m2).json().getJsonArray("agenda").getJsonObject(0)
                .getJsonArray("actions").toString().contains(lateTitle), "the next agenda shows the open actions");

        try {
            assertEquals(204, send(anonymous(), "PUT", "/api/test-probe/clock?shift=PT" + (31 * 24) + "H", "").status());
            assertTrue(secretariat.get("/api/governance/actions?late=true&body=" + BODY + "&size=100").body()
                    .contains(lateTitle), "late is derived from the clock");
            assertEquals(204, anonymous().post("/api/test-probe/jobs/governance-reminders", "application/json", "").status());
            assertEquals(204, anonymous().post("/api/test-probe/jobs/governance-reminders", "application/json", "").status());
            TestMailServer.awaitMessage("membre@passerelle.localhost", "Action en retard : " + lateTitle, SOON);
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM governance_reminder WHERE action_id = ? AND kind = ?",
                    action, "retard"));
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = 'mail' AND payload "
                    + "LIKE ? AND payload LIKE ?", "%Action en retard : " + lateTitle + "%",
                    "%/gouvernance/" + BODY + "/actions/" + action + "%"), "queued once with its link, though the job ran twice");
            assertEquals(1, mailsAbout("Action en retard : " + lateTitle));
        } finally {
            send(anonymous(), "DELETE", "/api/test-probe/clock", "");
        }

        outsidersSeeNothingOfTheMembersOnlyMinutes(m1, reserved, number2, action);
    }

    /** Anonymous visitors and a signed-in outsider: by id, by version, on the page, in search, in the CSV, in feeds. */
    void outsidersSeeNothingOfTheMembersOnlyMinutes(long meeting, String word, String reservedDecision, long action) {
        Http.Reply fromReserved = as("secretariat").postJson("/api/governance/actions", obj().add("body", BODY)
                .add("title", "Action publique issue d'une décision réservée").add("owner", "membre")
                .add("dueDate", "2027-09-01").add("decision", reservedDecision).add("visibility", "public").build().toString());
        assertEquals(201, fromReserved.status(), fromReserved.toString());
        long open = fromReserved.json().getJsonNumber("id").longValue();
        assertEquals(reservedDecision, as("membre").get("/api/governance/actions/" + open).json().getString("decision"));
        assertTrue(as("membre").get("/gouvernance/" + BODY + "/actions/" + open).body().contains(reservedDecision));
        Await.until("members find the minutes in search", SOON, () -> searchTotal(as("membre"), word) >= 1);
        assertTrue(searchTotal(as("secretariat"), word) >= 1);
        for (Http outsider : List.of(anonymous(), as("participant"))) {
            assertEquals(404, outsider.get("/api/governance/meetings/" + meeting + "/minutes").status());
            assertEquals(404, outsider.get("/api/governance/meetings/" + meeting + "/minutes/versions/1").status());
            JsonObject m = outsider.get("/api/governance/meetings/" + meeting).json();
            assertTrue(absent(m, "minutes") && absent(m, "attendance") && absent(m, "videoUrl"), m.toString());
            assertFalse(m.toString().contains(reservedDecision), "members-only decision hidden on the meeting");
            String page = outsider.get("/gouvernance/" + BODY + "/reunions/" + meeting).body();
            assertFalse(page.contains(word), "page shows no reserved minutes");
            assertEquals(0, searchTotal(outsider, word), "search");
            assertFalse(outsider.get("/api/search?q=" + q(reservedDecision)).json().getJsonArray("hits").toString()
                    .contains(reservedDecision), "no hit for the members-only decision");
            String csv = outsider.get("/api/governance/bodies/" + BODY + "/decisions/export.csv").body();
            assertFalse(csv.contains(reservedDecision), "CSV export");
            assertFalse(outsider.get("/gouvernance/" + BODY + "/decisions/export.csv").body().contains(reservedDecision));
            assertEquals(404, outsider.get("/api/governance/bodies/" + BODY + "/decisions/" + reservedDecision).status());
            assertEquals(404, outsider.get("/gouvernance/" + BODY + "/decisions/" + reservedDecision).status());
            assertEquals(404, outsider.get("/api/governance/actions/" + action).status());
            Http.Reply publicAction = outsider.get("/api/governance/actions/" + open);
            assertEquals(200, publicAction.status(), "the action itself is public");
            assertFalse(publicAction.body().contains(reservedDecision) || publicAction.body().contains("Seconde décision"),
                    "nor the number nor the title of the members-only decision it comes from: " + publicAction.body());
            String actionPage = outsider.get("/gouvernance/" + BODY + "/actions/" + open).body();
            assertFalse(actionPage.contains(reservedDecision) || actionPage.contains("Seconde décision"), "the action's page");
            assertEquals(404, outsider.get("/gouvernance/" + BODY + "/actions/" + action).status());
            assertFalse(outsider.get("/api/governance/actions?body=" + BODY + "&size=100").body().contains("id\":" + action + ","));
            String feed = unfolded(outsider.get("/gouvernance/" + BODY + "/reunions.ics"));
            assertFalse(feed.contains(word) || feed.contains("Premier jet"), "body feed");
        }
        assertTrue(as("membre").get("/api/governance/bodies/" + BODY + "/decisions/export.csv").body()
                .contains(reservedDecision), "members export what they may read");
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        Http secretariat = as("secretariat");
        long m = meeting("Réunion mal saisie", Duration.ofDays(2));
        String word = unique("pluvier");
        long before = TestDatabase.count("SELECT COUNT(*) FROM governance_action");
        for (JsonObject bad : List.of(
                obj().add("body", BODY).add("title", "Hors membres " + word).add("owner", "participant").add("dueDate", "2027-01-01").build(),
                obj().add("body", BODY).add("title", "Année 1900 " + word).add("owner", "membre").add("dueDate", "1900-01-01").build(),
                obj().add("body", BODY).add("title", "Date fausse " + word).add("owner", "membre").add("dueDate", "2027-02-30").build(),
                obj().add("body", BODY).add("title", "Contrôle\u0007 " + word).add("owner", "membre").add("dueDate", "2027-01-01").build(),
                obj().add("body", BODY).add("title", "Deux responsables " + word).add("owner", "membre")
                        .add("ownerOrganisation", "Région").add("dueDate", "2027-01-01").build(),
                obj().add("body", "inconnue").add("title", "Instance inconnue").add("owner", "membre").add("dueDate", "2027-01-01").build())) {
            Http.Reply r = secretariat.postJson("/api/governance/actions", bad.toString());
            assertEquals(400, r.status(), bad + " → " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
        }
        assertTrue(secretariat.postJson("/api/governance/actions", obj().add("body", BODY).add("title", "x").add("owner", "participant")
                .add("dueDate", "2027-01-01").build().toString()).body().contains("owner"), "the field is named");
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM governance_action"), "nothing stored");

        Http.Reply created = createAction(secretariat, "<script>alert('action')</script> " + word, "membre", "2027-01-10", "public");
        assertEquals(201, created.status(), created.toString());
        long action = created.json().getJsonNumber("id").longValue();
        for (JsonObject bad : List.of(obj().add("progress", 150).build(), obj().add("progress", -1).build(),
                obj().add("evidence", "javascript:alert(1)").build(), obj().add("evidence", "ftp://exemple.fr/x").build(),
                obj().add("status", "terminee").build(), obj().add("status", "abandonnee").build(),
                obj().add("comment", "x".repeat(6000)).build(), obj().build())) {
            Http.Reply r = send(as("membre"), "PATCH", "/api/governance/actions/" + action, bad.toString());
            assertEquals(400, r.status(), bad + " → " + r);
        }
        assertEquals(0, TestDatabase.count("SELECT progress FROM governance_action WHERE id = ?", action));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM governance_action_update WHERE action_id = ?", action),
                "only the creation is logged");
        assertEquals(400, send(as("membre"), "PATCH", "/api/governance/actions/" + action, "{\"progress\":\"beaucoup\"}").status());
        String page = anonymous().get("/gouvernance/" + BODY + "/actions/" + action).body();
        assertFalse(page.contains("<script>alert('action')"), "escaped on the page");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;action&#39;)"));

        assertEquals(200, writeMinutes(secretariat, m, "Ligne une.\nLigne deux.", "members").status());
        assertEquals(200, transition(secretariat, m, obj().add("to", "review").build()).status());
        long comments = TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_comment");
        Http.Reply huge = as("membre").postJson("/api/governance/meetings/" + m + "/minutes/comments",
                obj().add("text", "é".repeat(1_000_000)).build().toString());
        assertTrue(huge.status() == 400 || huge.status() == 413, huge.toString());
        Http.Reply large = as("membre").postJson("/api/governance/meetings/" + m + "/minutes/comments",
                obj().add("text", "x".repeat(400_000)).build().toString());
        assertEquals(400, large.status(), large.toString());
        assertEquals(400, as("membre").postJson("/api/governance/meetings/" + m + "/minutes/comments",
                obj().add("text", "Ligne absente").add("line", 99).build().toString()).status());
        assertEquals(400, as("membre").postJson("/api/governance/meetings/" + m + "/minutes/comments",
                obj().add("text", "Caractère \u0000 nul").build().toString()).status());
        assertEquals(comments, TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_comment"));
        assertEquals(400, transition(secretariat, m, obj().add("to", "n-importe-quoi").build()).status());
        assertEquals(400, transition(secretariat, m, obj().add("to", "approved").add("how", "meeting").add("meeting", "999999999")
                .build()).status());
        assertEquals(400, transition(secretariat, m, obj().add("to", "approved").add("how", "au-hasard").build()).status());
        assertEquals("en-relecture", secretariat.get("/api/governance/meetings/" + m + "/minutes").json().getString("status"));

        for (String path : List.of("/api/governance/meetings/999999999", "/api/governance/meetings/abc",
                "/api/governance/meetings/-1/minutes", "/api/governance/actions/999999999", "/api/governance/actions/1e3",
                "/api/governance/bodies/inconnue", "/api/governance/bodies/" + BODY + "/decisions/INP-1999-01",
                "/gouvernance/inconnue", "/gouvernance/" + BODY + "/reunions/999999999", "/gouvernance/autre/reunions/" + m,
                "/gouvernance/" + BODY + "/actions/999999999", "/gouvernance/agenda/" + "A".repeat(43) + ".ics",
                "/gouvernance/agenda/court.ics")) {
            assertEquals(404, anonymous().get(path).status(), path);
        }
        for (JsonObject bad : List.of(obj().add("title", "Sans date").add("location", "Paris").build(),
                obj().add("title", "Date ancienne").add("startsAt", "1900-01-01T10:00:00+01:00").add("location", "Paris").build(),
                obj().add("title", "Sans lieu").add("startsAt", startsIn(Duration.ofDays(3))).build(),
                obj().add("title", "Visio douteuse").add("startsAt", startsIn(Duration.ofDays(3)))
                        .add("videoUrl", "javascript:alert(1)").build())) {
            assertEquals(400, secretariat.postJson("/api/governance/bodies/" + BODY + "/meetings", bad.toString()).status(),
                    bad.toString());
        }
        assertEquals(400, anonymous().get("/api/governance/actions?status=fini").status());
        assertEquals(400, anonymous().get("/api/governance/actions?late=peut-etre").status());
        assertEquals(400, anonymous().get("/api/governance/bodies/" + BODY + "/decisions?year=deux-mille").status());
        assertEquals(400, anonymous().get("/api/governance/actions?size=1000").status());
    }

    /** A hostile request, who sends it, and the status it must get. */
    record Hostile(String caller, String method, String path, String contentType, String body, int expected) {
        Hostile(String caller, String method, String path, String body, int expected) {
            this(caller, method, path, "application/json", body, expected);
        }
    }

    /**
     * A table of malformed, oversized, out-of-range and unexpected requests: each gets its 4xx in French
     * problem+json (never a 500), and together they store nothing. Then what the checks accept at their limits
     * (long text, emoji, an abandon reason after a long comment) is stored, on H2 as on PostgreSQL.
     */
    @Test
    void hostileRequestsGetTheir4xxAndChangeNothing() {
        long m = meeting("Réunion des requêtes hostiles", Duration.ofHours(-1));
        long item = agendaItem(m, "Point hostile");
        long action = createAction(as("secretariat"), "Action des requêtes hostiles", "membre", "2027-06-01", "public")
                .json().getJsonNumber("id").longValue();
        String meetings = "/api/governance/bodies/" + BODY + "/meetings";
        String decisions = "/api/governance/meetings/" + m + "/decisions";
        String patch = "/api/governance/actions/" + action;
        String valid = "\"title\":\"Réunion\",\"location\":\"Paris\"";
        String decision = "\"agendaItem\":\"" + item + "\",\"title\":\"Décision\",\"text\":\"Texte\"";
        List<Hostile> table = List.of(
                new Hostile("secretariat", "POST", meetings, "{\"title\":", 400),
                new Hostile("secretariat", "POST", meetings, "text/plain", "titre", 415),
                new Hostile("secretariat", "POST", meetings, "", 400),
                new Hostile("secretariat", "POST", meetings, "[]", 400),
                new Hostile("secretariat", "POST", meetings, "{\"title\":{\"a\":1},\"location\":\"Paris\"}", 400),
                new Hostile("secretariat", "POST", meetings, "{" + valid + ",\"startsAt\":\"9999-12-31T10:00:00+01:00\"}", 400),
                new Hostile("secretariat", "POST", meetings, "{" + valid + ",\"startsAt\":\"+999999999-12-31T23:59:59+18:00\"}", 400),
                new Hostile("secretariat", "POST", meetings, "{" + valid + ",\"startsAt\":\"1900-01-01T10:00\"}", 400),
                new Hostile("secretariat", "POST", meetings, "{\"title\":\"" + "x".repeat(201) + "\",\"location\":\"Paris\","
                        + "\"startsAt\":\"2027-01-01T10:00\"}", 400),
                new Hostile("secretariat", "POST", decisions, "{" + decision + ",\"adoption\":\"vote\",\"votesFor\":1e308,"
                        + "\"votesAgainst\":0}", 400),
                new Hostile("secretariat", "POST", decisions, "{" + decision + ",\"adoption\":\"vote\",\"votesFor\":-1,"
                        + "\"votesAgainst\":0}", 400),
                new Hostile("secretariat", "POST", decisions, "{" + decision + ",\"adoption\":\"vote\",\"votesFor\":\"NaN\"}", 400),
                new Hostile("secretariat", "POST", decisions, "{" + decision + ",\"adoption\":\"vote\"}", 400),
                new Hostile("secretariat", "POST", decisions, "{" + decision + ",\"adoption\":\"consensus\","
                        + "\"decidedOn\":\"2099-01-01\"}", 400),
                new Hostile("secretariat", "POST", decisions, "{" + decision.replace("\"" + item + "\"", "\"1 OR 1=1\"")
                        + ",\"adoption\":\"consensus\"}", 400),
                new Hostile("secretariat", "POST", "/api/governance/bodies/" + BODY + "/members", "{\"email\":\""
                        + "a".repeat(64) + "@" + "b".repeat(255) + ".fr\",\"name\":\"Longue\",\"organisation\":\"O\","
                        + "\"college\":\"etat\",\"mandateStart\":\"2026-01-01\"}", 400),
                new Hostile("secretariat", "PUT", "/api/governance/bodies/" + BODY + "/colleges", "{\"colleges\":[null]}", 400),
                new Hostile("secretariat", "PUT", "/api/governance/bodies/" + BODY + "/colleges", "{\"colleges\":\"etat\"}", 400),
                new Hostile("secretariat", "POST", "/api/governance/actions", "{\"body\":\"" + BODY + "\",\"title\":\"T\","
                        + "\"owner\":\"membre\",\"dueDate\":\"9999-12-31\"}", 400),
                new Hostile("secretariat", "POST", "/api/governance/actions", "{\"body\":\"" + BODY + "\",\"title\":\""
                        + "🚲".repeat(201) + "\",\"owner\":\"membre\",\"dueDate\":\"2027-01-01\"}", 400),
                new Hostile("secretariat", "POST", "/api/governance/actions", "{\"body\":\"" + BODY + "\",\"title\":\"T\","
                        + "\"owner\":\"' OR '1'='1\",\"dueDate\":\"2027-01-01\"}", 400),
                new Hostile("membre", "PATCH", patch, "{\"progress\":1e308}", 400),
                new Hostile("membre", "PATCH", patch, "{\"progress\":50.5}", 400),
                new Hostile("membre", "PATCH", patch, "{\"progress\":4294967346}", 400),
                new Hostile("membre", "PATCH", patch, "{\"progress\":\"NaN\"}", 400),
                new Hostile("membre", "PATCH", patch, "{\"comment\":\"" + "é".repeat(5001) + "\"}", 400),
                new Hostile("membre", "PATCH", patch, "{\"comment\":\"Ligne\u001b[31m rouge\"}", 400),
                new Hostile(null, "GET", "/api/governance/actions?owner=" + q("membre@passerelle.localhost"), null, 400),
                new Hostile("participant", "GET", "/api/governance/actions?owner=membre", null, 400),
                new Hostile(null, "GET", "/api/governance/meetings/99999999999999999999", null, 404),
                new Hostile(null, "GET", "/api/governance/bodies/" + BODY + "/decisions/" + q("INP-2026-01' OR '1'='1"), null, 404));
        String[] tables = {"governance_meeting", "governance_decision", "governance_member", "governance_college",
            "governance_action", "governance_action_update", "governance_agenda_item"};
        Map<String, Long> before = new HashMap<>();
        for (String t : tables) {
            before.put(t, TestDatabase.count("SELECT COUNT(*) FROM " + t));
        }
        for (Hostile h : table) {
            Http http = h.caller() == null ? anonymous() : as(h.caller());
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(h.path()));
            if (h.body() == null) {
                request.GET();
            } else {
                request.header("Content-Type", h.contentType()).method(h.method(), HttpRequest.BodyPublishers.ofString(h.body()));
            }
            Http.Reply r = http.send(request);
            String what = h.method() + " " + h.path().substring(0, Math.min(80, h.path().length())) + " "
                    + (h.body() == null ? "" : h.body().substring(0, Math.min(120, h.body().length())));
            assertEquals(h.expected(), r.status(), what + " → " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " → " + r.contentType());
            assertFalse(r.body().contains("Exception") || r.body().contains("at fr.passerelle"), what + " → " + r);
        }
        for (String t : tables) {
            assertEquals(before.get(t), TestDatabase.count("SELECT COUNT(*) FROM " + t), "nothing stored in " + t);
        }
        assertEquals(200, as("secretariat").get("/api/governance/actions?owner=membre&body=" + BODY).status(),
                "the secretariat looks members up by username");
        assertEquals(200, anonymous().get("/api/governance/bodies/" + BODY + "/decisions?q=" + q("%' OR '1'='1 \\ _")).status());

        // What the checks accept at their limits is stored: 5,000 emoji (10,000 UTF-16 units on H2), an abandon reason
        // logged after a 5,000-character comment, a workflow note of 1,000 emoji.
        Http.Reply emoji = send(as("membre"), "PATCH", patch, obj().add("comment", "🚲".repeat(5000)).build().toString());
        assertEquals(200, emoji.status(), emoji.toString());
        Http.Reply abandoned = send(as("membre"), "PATCH", patch, obj().add("status", "abandonnee")
                .add("reason", "r".repeat(1000)).add("comment", "c".repeat(5000)).build().toString());
        assertEquals(200, abandoned.status(), abandoned.toString());
        assertEquals("abandonnee", abandoned.json().getString("status"));
        assertEquals(200, writeMinutes(as("secretariat"), m, "Une ligne.", "members").status());
        Http.Reply noted = transition(as("secretariat"), m, obj().add("to", "review").add("note", "📝".repeat(1000)).build());
        assertEquals(200, noted.status(), noted.toString());
    }

    /** Two secretaries at once: each minutes step happens once, versions never collide, nothing answers 500. */
    @Test
    void minutesStepsAndVersionsHoldWhenRequestedAtOnce() throws Exception {
        Http secretariat = as("secretariat");
        long m = meeting("Réunion aux clics simultanés", Duration.ofHours(-3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Http.Reply>> drafts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String text = "Premier jet " + i + ".";
                drafts.add(pool.submit(() -> writeMinutes(secretariat, m, text, "public")));
            }
            for (Future<Http.Reply> f : drafts) {
                assertEquals(200, f.get().status(), f.get().toString());
            }
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM governance_minutes WHERE meeting_id = ?", m),
                    "one first version, then edits");

            long steps = TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_transition t JOIN governance_minutes n "
                    + "ON t.minutes_id = n.id WHERE n.meeting_id = ?", m);
            List<Future<Http.Reply>> reviews = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reviews.add(pool.submit(() -> transition(secretariat, m, obj().add("to", "review").build())));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Reply> f : reviews) {
                statuses.add(f.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one review opened: " + statuses);
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
            assertEquals(steps + 1, TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_transition t "
                    + "JOIN governance_minutes n ON t.minutes_id = n.id WHERE n.meeting_id = ?", m), "recorded (and mailed) once");

            long later = meeting("Réunion d'approbation simultanée", Duration.ofHours(-1));
            assertEquals(200, transition(secretariat, m, obj().add("to", "approved").add("how", "meeting")
                    .add("meeting", String.valueOf(later)).build()).status());
            assertEquals(200, transition(secretariat, m, obj().add("to", "published").build()).status());
            List<Future<Http.Reply>> errata = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String text = "Texte corrigé " + i + ".";
                errata.add(pool.submit(() -> secretariat.postJson("/api/governance/meetings/" + m + "/minutes/errata",
                        obj().add("text", text).add("note", "Correction " + text).build().toString())));
            }
            Set<Integer> versions = new HashSet<>();
            for (Future<Http.Reply> f : errata) {
                Http.Reply r = f.get();
                assertEquals(201, r.status(), r.toString());
                versions.add(r.json().getInt("version"));
            }
            assertEquals(Set.of(2, 3, 4), versions, "errata one after the other");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSeedContentIsThereAndItsReservedPartsAreTrimmed() {
        JsonObject body = anonymous().get("/api/governance/bodies/" + BODY).json();
        assertTrue(body.getJsonArray("members").size() >= 20, "about twenty members");
        assertEquals(6, body.getJsonObject("body").getJsonArray("colleges").size());
        assertFalse(body.toString().contains("@"), "no e-mail address for the public");
        assertTrue(as("secretariat").get("/api/governance/bodies/" + BODY).body().contains("membre@passerelle.localhost"));
        assertTrue(body.getJsonArray("meetings").size() >= 4);
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM governance_decision d JOIN governance_body b ON d.body_id = b.id "
                + "WHERE b.slug = ? AND d.source_key IS NOT NULL", BODY) >= 8);
        for (String status : List.of("a-faire", "en-cours", "faite", "abandonnee")) {
            assertTrue(TestDatabase.count("SELECT COUNT(*) FROM governance_action WHERE source_key IS NOT NULL AND status = ?",
                    status) >= 1, status);
        }
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM governance_action WHERE source_key IS NOT NULL") >= 15);
        JsonObject late = anonymous().get("/api/governance/actions?body=" + BODY + "&late=true&size=100").json();
        assertTrue(late.getInt("total") >= 2, late.toString());

        long march = TestDatabase.count("SELECT m.id FROM governance_meeting m WHERE m.slug = ?", "reunion-2026-03-installation");
        long june = TestDatabase.count("SELECT m.id FROM governance_meeting m WHERE m.slug = ?", "reunion-2026-06-pass-numerique");
        long october = TestDatabase.count("SELECT m.id FROM governance_meeting m WHERE m.slug = ?", "reunion-2026-10-bilan");
        assertEquals("publie", anonymous().get("/api/governance/meetings/" + march + "/minutes").json().getString("status"));
        assertEquals(404, anonymous().get("/api/governance/meetings/" + june + "/minutes").status());
        assertEquals("approuve", as("membre").get("/api/governance/meetings/" + june + "/minutes").json().getString("status"));
        JsonObject review = as("membre").get("/api/governance/meetings/" + october + "/minutes").json();
        assertEquals("en-relecture", review.getString("status"));
        assertEquals(2, review.getJsonArray("comments").size());
        assertEquals(404, as("participant").get("/api/governance/meetings/" + october + "/minutes").status());

        String page = anonymous().get("/gouvernance/" + BODY).body();
        assertTrue(page.contains("Collectivités territoriales") && page.contains("Marc Dubois"), "composition by college");
        assertTrue(anonymous().get("/gouvernance/" + BODY + "/decisions?q=" + q("règlement intérieur")).body()
                .contains("INP-2026-01"), "the register searches public decisions");
        assertFalse(anonymous().get("/gouvernance/" + BODY + "/decisions?q=" + q("hubs")).body().contains("INP-2026-06"),
                "members-only decision left out of the public register");
        assertTrue(as("membre").get("/gouvernance/" + BODY + "/decisions?q=" + q("hubs")).body().contains("INP-2026-06"));
        assertFalse(page.contains("visio.instance-nationale.example"));
        assertTrue(anonymous().get("/gouvernance").body().contains("Instance nationale partenariale"));

        long rows = TestDatabase.count("SELECT COUNT(*) FROM governance_action")
                + TestDatabase.count("SELECT COUNT(*) FROM governance_member")
                + TestDatabase.count("SELECT COUNT(*) FROM governance_minutes");
        JsonObject again = anonymous().post("/api/test-probe/governance-import", "application/json", "").json();
        assertEquals(0, again.getInt("created") + again.getInt("updated") + again.getInt("skipped"), again.toString());
        assertEquals(rows, TestDatabase.count("SELECT COUNT(*) FROM governance_action")
                + TestDatabase.count("SELECT COUNT(*) FROM governance_member")
                + TestDatabase.count("SELECT COUNT(*) FROM governance_minutes"), "a second import changes nothing");
    }

    @Test
    void invitedMembersAreRecognisedByTheirVerifiedAddressWhileTheirMandateLasts() {
        long october = TestDatabase.count("SELECT m.id FROM governance_meeting m WHERE m.slug = ?", "reunion-2026-10-bilan");
        Http participant = as("participant");
        assertEquals("participant@passerelle.localhost", TestKeycloak.claims(TOKENS.get("participant")).getString("email"));
        assertEquals(404, participant.get("/api/governance/meetings/" + october + "/minutes").status());
        Http.Reply seated = as("secretariat").postJson("/api/governance/bodies/" + BODY + "/members", obj()
                .add("email", "Participant@Passerelle.localhost").add("name", "Patricia Moreau").add("organisation", "Invitée")
                .add("college", "personnalites").add("role", "observateur").add("mandateStart", "2026-01-01").build().toString());
        assertEquals(201, seated.status(), seated.toString());
        try {
            assertEquals(200, participant.get("/api/governance/meetings/" + october + "/minutes").status(),
                    "an invitation by e-mail is honoured once that address signs in");
            Await.until("seed minutes are indexed", SOON, () -> searchTotal(as("membre"), "indicateurs")
                    > searchTotal(anonymous(), "indicateurs"));
            assertTrue(searchTotal(participant, "indicateurs") > searchTotal(anonymous(), "indicateurs"),
                    "the invited member's search holds the body's reserved documents");
        } finally {
            TestDatabase.update("UPDATE governance_member SET mandate_end = ? WHERE email = ?",
                    LocalDate.now(PARIS).minusDays(1), "participant@passerelle.localhost");
        }
        assertEquals(404, participant.get("/api/governance/meetings/" + october + "/minutes").status(),
                "a mandate that ended gives no access any more");
        assertTrue(searchTotal(participant, "indicateurs") < searchTotal(as("membre"), "indicateurs"));
    }

    @Test
    void aMemberSeatedByUsernameGetsTheirVerifiedAddressOnceSeenSignedIn() {
        Http.Reply seated = as("secretariat").postJson("/api/governance/bodies/" + BODY + "/members", obj()
                .add("username", "accueil").add("name", "Anne Leroy").add("organisation", "Accueil")
                .add("college", "personnalites").add("role", "observateur").add("mandateStart", "2026-01-01").build()
                .toString());
        assertEquals(201, seated.status(), seated.toString());
        try {
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM governance_member WHERE username = 'accueil' "
                    + "AND email IS NULL"), "seated without an address");
            assertEquals(200, as("accueil").get("/gouvernance/mes-actions").status());
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM governance_member WHERE username = 'accueil' "
                    + "AND email = 'accueil@passerelle.localhost'"), "the address Keycloak verified, for e-mails");
            assertEquals(200, as("accueil").get("/gouvernance/mes-actions").status(), "and again: nothing to learn");
        } finally {
            TestDatabase.update("UPDATE governance_member SET mandate_end = ? WHERE username = ?",
                    LocalDate.now(PARIS).minusDays(1), "accueil");
        }
    }

    @Test
    void decisionNumbersStayUniqueWhenRecordedAtOnce() throws Exception {
        long m = meeting("Réunion aux décisions simultanées", Duration.ofDays(5));
        long item = agendaItem(m, "Décisions en rafale");
        Http secretariat = as("secretariat");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String title = "Décision simultanée " + i;
                replies.add(pool.submit(() -> decide(secretariat, m, item, title, "public")));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<Http.Reply> f : replies) {
                Http.Reply r = f.get();
                assertEquals(201, r.status(), r.toString());
                numbers.add(r.json().getString("number"));
            }
            assertEquals(6, numbers.size(), "six distinct numbers: " + numbers);
            List<Integer> seqs = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
            assertEquals(seqs.get(0) + 5, seqs.get(5), "consecutive: " + seqs);
        } finally {
            pool.shutdownNow();
        }
    }

    Http.Reply upload(Http http, long meeting, String name, byte[] content) {
        return http.send(HttpRequest.newBuilder(http.uri("/api/governance/meetings/" + meeting + "/documents?nom=" + q(name)))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    @Test
    void meetingDocumentsAreAsReadableAsTheMeetingSays() {
        Http secretariat = as("secretariat");
        Http.Reply reserved = secretariat.postJson("/api/governance/bodies/" + BODY + "/meetings", obj().add("title", "Réunion aux "
                + "documents réservés").add("startsAt", startsIn(Duration.ofDays(6))).add("location", "Paris")
                .add("documentsVisibility", "members").build().toString());
        long closed = reserved.json().getJsonNumber("id").longValue();
        long open = TestDatabase.count("SELECT m.id FROM governance_meeting m WHERE m.slug = ?", "reunion-2026-03-installation");

        String secretWord = "cryptogramme" + Long.toString(closed, 26).replaceAll("[0-9]", "x");
        Http.Reply stored = upload(secretariat, closed, "note-de-séance.pdf", SampleFiles.pdf("Note reservee aux membres",
                "Le " + secretWord + " du budget"));
        assertEquals(201, stored.status(), stored.toString());
        String url = stored.json().getString("url");
        assertEquals(200, as("membre").get(url).status(), "members download it");
        assertEquals(200, secretariat.get(url).status());
        assertEquals(404, anonymous().get(url).status(), "anonymous visitors must not know it");
        assertEquals(404, as("participant").get(url).status());
        assertTrue(as("membre").get("/api/governance/meetings/" + closed).json().getJsonArray("documents").toString()
                .contains("note-de-séance.pdf"));
        assertEquals(0, anonymous().get("/api/governance/meetings/" + closed).json().getJsonArray("documents").size());
        assertFalse(anonymous().get("/gouvernance/" + BODY + "/reunions/" + closed).body().contains("note-de-séance"));
        Await.until("a reserved document found by its text by a member", SOON,
                () -> searchTotal(as("membre"), secretWord) == 1);
        assertEquals(0, searchTotal(anonymous(), secretWord), "nor by search");
        assertEquals(0, searchTotal(as("participant"), secretWord));

        Http.Reply shared = upload(secretariat, open, "ordre-du-jour.pdf", SampleFiles.pdf("Ordre du jour public",
                "Point sur le " + secretWord + "public"));
        assertEquals(201, shared.status(), shared.toString());
        assertEquals(200, anonymous().get(shared.json().getString("url")).status(), "public meeting, public documents");
        Await.until("a public document found by its text by anyone", SOON,
                () -> searchTotal(anonymous(), secretWord + "public") == 1);

        long files = TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment");
        assertEquals(400, upload(secretariat, closed, "faux.pdf", "<script>pas un PDF</script>".getBytes(StandardCharsets.UTF_8))
                .status());
        assertEquals(400, upload(secretariat, closed, "", SampleFiles.pdf("sans nom")).status());
        assertEquals(401, upload(anonymous(), closed, "x.pdf", SampleFiles.pdf("x")).status());
        assertEquals(403, upload(as("membre"), closed, "x.pdf", SampleFiles.pdf("x")).status());
        assertEquals(403, upload(as("participant"), closed, "x.pdf", SampleFiles.pdf("x")).status());
        assertEquals(files, TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment"), "refusals store nothing");
        assertEquals(201, upload(as("admin"), closed, "annexe.pdf", SampleFiles.pdf("annexe")).status());

        // The secretariat removes documents, from the page (a form with its token) or the API; search forgets them.
        long noteId = stored.json().getJsonNumber("id").longValue();
        long sharedId = shared.json().getJsonNumber("id").longValue();
        assertEquals(403, remove(as("membre"), closed, noteId).status(), "members read, the secretariat removes");
        assertEquals(404, remove(secretariat, closed, sharedId).status(), "a document of another meeting is not here");
        assertEquals(404, remove(secretariat, closed, 987654321L).status());
        assertEquals(401, remove(anonymous(), closed, noteId).status());
        assertEquals(404, secretariat.send(HttpRequest.newBuilder(secretariat.uri("/api/governance/meetings/" + closed
                + "/documents/%3Cscript%3E")).DELETE()).status(), "not a file number");
        Http page = new Http(base).browser().withBearer(TestKeycloak.token("secretariat", "secretariat-demo"));
        String meetingPage = "/gouvernance/" + BODY + "/reunions/" + closed;
        Http.Reply shown = page.get(meetingPage);
        assertTrue(shown.body().contains("Retirer<span class=\"fr-sr-only\"> le document note-de-séance.pdf"), shown.body());
        assertEquals(303, page.postForm(meetingPage + "/documents/" + noteId + "/retirer", "_csrf",
                SignIn.formToken(shown)).status());
        assertEquals(404, as("membre").get(url).status(), "removed");
        Await.until("the removed document gone from search", SOON, () -> searchTotal(as("membre"), secretWord) == 0);
        assertEquals(204, remove(secretariat, open, sharedId).status());
        assertEquals(404, remove(secretariat, open, sharedId).status(), "once");
        Await.until("the removed public document gone from search", SOON,
                () -> searchTotal(anonymous(), secretWord + "public") == 0);
    }

    Http.Reply remove(Http http, long meeting, long file) {
        return http.send(HttpRequest.newBuilder(http.uri("/api/governance/meetings/" + meeting + "/documents/" + file))
                .DELETE());
    }

    @Test
    void calendarFeedsArePublicForMeetingsAndSecretForMembers() {
        Http.Reply feed = anonymous().get("/gouvernance/" + BODY + "/reunions.ics");
        assertEquals(200, feed.status());
        assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
        assertTrue(feed.body().contains("BEGIN:VEVENT") && feed.body().contains("TZID=Europe/Paris"), feed.body());
        assertFalse(unfolded(feed).contains("visio.instance-nationale.example"), "no video link in the public feed");

        assertEquals(401, anonymous().post("/api/governance/bodies/" + BODY + "/calendar-feed", "application/json", "").status());
        assertEquals(403, as("participant").post("/api/governance/bodies/" + BODY + "/calendar-feed", "application/json", "")
                .status());
        Http.Reply issued = as("membre").post("/api/governance/bodies/" + BODY + "/calendar-feed", "application/json", "");
        assertEquals(201, issued.status(), issued.toString());
        String url = issued.json().getString("url");
        String path = url.substring(url.indexOf("/gouvernance/agenda/"));
        String secret = path.substring("/gouvernance/agenda/".length(), path.length() - ".ics".length());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM governance_calendar_token WHERE token_hash = ?", secret),
                "stored hashed");
        Http.Reply personal = anonymous().get(path);
        assertEquals(200, personal.status(), personal.toString());
        assertTrue(unfolded(personal).contains("Recenser les structures qui distribueront"), "the member's own due dates");
        assertTrue(unfolded(personal).contains("visio.instance-nationale.example"), "members get the video link");
        assertFalse(unfolded(personal).contains("Préparer la convention type"), "not other members' actions");

        Http.Reply again = as("membre").post("/api/governance/bodies/" + BODY + "/calendar-feed", "application/json", "");
        String newPath = again.json().getString("url").substring(url.indexOf("/gouvernance/agenda/"));
        assertEquals(404, anonymous().get(path).status(), "regenerating revokes the old address");
        assertEquals(200, anonymous().get(newPath).status());
        assertEquals(204, send(as("membre"), "DELETE", "/api/governance/bodies/" + BODY + "/calendar-feed", "").status());
        assertEquals(404, anonymous().get(newPath).status(), "revoked");
    }

    /** A caller and the status they get; 0 means "the success status of the endpoint". */
    record Row(String caller, int expected) {
    }

    @Test
    void authorisationMatrix() {
        List<Row> secretariatOnly = List.of(new Row(null, 401), new Row("participant", 403), new Row("membre", 403),
                new Row("editrice", 403), new Row("secretariat", 0), new Row("admin", 0));
        long m = meeting("Réunion de la matrice", Duration.ofDays(9));
        long item = agendaItem(m, "Point de la matrice");
        for (Row row : secretariatOnly) {
            Http http = row.caller() == null ? anonymous() : as(row.caller());
            String who = String.valueOf(row.caller());
            boolean ok = row.expected() == 0;
            long meetings = TestDatabase.count("SELECT COUNT(*) FROM governance_meeting");
            check(row, 201, http.postJson("/api/governance/bodies/" + BODY + "/meetings", obj().add("title", "Matrice " + who)
                    .add("startsAt", startsIn(Duration.ofDays(10))).add("location", "Lyon").build().toString()), "POST meetings");
            assertEquals(meetings + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_meeting"));

            long own = ok ? meeting("Matrice propre " + who, Duration.ofDays(11)) : m;
            long items = TestDatabase.count("SELECT COUNT(*) FROM governance_agenda_item");
            check(row, 201, http.postJson("/api/governance/meetings/" + own + "/agenda", obj().add("title", "Point " + who)
                    .add("presenter", "X").add("outcome", "debat").build().toString()), "POST agenda");
            assertEquals(items + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_agenda_item"));

            long attendance = TestDatabase.count("SELECT COUNT(*) FROM governance_attendance");
            check(row, 200, send(http, "PUT", "/api/governance/meetings/" + own + "/attendance",
                    "[{\"member\":\"membre\",\"status\":\"present\"}]"), "PUT attendance");
            assertEquals(attendance + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_attendance"));

            long minutes = TestDatabase.count("SELECT COUNT(*) FROM governance_minutes");
            check(row, 200, writeMinutes(http, own, "Compte rendu de " + who, "members"), "PUT minutes");
            assertEquals(minutes + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_minutes"));

            long steps = TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_transition");
            if (!ok) {
                check(row, 0, transition(http, m, obj().add("to", "review").build()), "POST transitions");
                check(row, 0, http.postJson("/api/governance/meetings/" + m + "/minutes/errata",
                        obj().add("text", "x").add("note", "y").build().toString()), "POST errata");
            } else {
                check(row, 200, transition(http, own, obj().add("to", "review").build()), "POST transitions");
                check(row, 409, http.postJson("/api/governance/meetings/" + own + "/minutes/errata",
                        obj().add("text", "x").add("note", "y").build().toString()), "POST errata before publication");
            }
            assertEquals(steps + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_transition"));

            long decisions = TestDatabase.count("SELECT COUNT(*) FROM governance_decision");
            check(row, 201, decide(http, own, ok ? agendaItem(own, "Point décision") : item, "Décision " + who, "public"),
                    "POST decisions");
            assertEquals(decisions + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_decision"));

            long actions = TestDatabase.count("SELECT COUNT(*) FROM governance_action");
            check(row, 201, createAction(http, "Action " + who, "membre", "2027-05-01", "public"), "POST actions");
            assertEquals(actions + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_action"));

            long status = TestDatabase.count("SELECT COUNT(*) FROM governance_meeting WHERE status = 'annulee'");
            check(row, 200, send(http, "PATCH", "/api/governance/meetings/" + (ok ? own : m), "{\"status\":\"annulee\"}"),
                    "PATCH meeting");
            assertEquals(status + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_meeting WHERE status = 'annulee'"));

            long colleges = TestDatabase.count("SELECT COUNT(*) FROM governance_college");
            check(row, 200, send(http, "PUT", "/api/governance/bodies/" + BODY + "/colleges", COLLEGES.replace("]}",
                    ",{\"code\":\"observatoires\",\"label\":\"Observatoires\"}]}")), "PUT colleges");
            assertEquals(colleges + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_college"));
            if (ok) {
                assertEquals(200, send(http, "PUT", "/api/governance/bodies/" + BODY + "/colleges", COLLEGES).status());
                assertEquals(colleges, TestDatabase.count("SELECT COUNT(*) FROM governance_college"));
            }
            long members = TestDatabase.count("SELECT COUNT(*) FROM governance_member");
            String email = "invitation-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
            check(row, 201, http.postJson("/api/governance/bodies/" + BODY + "/members", obj().add("email", email)
                    .add("name", "Personne invitée").add("organisation", "Association").add("college", "mediation")
                    .add("role", "observateur").add("mandateStart", "2026-01-01").build().toString()), "POST members");
            assertEquals(members + (ok ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM governance_member"));
        }

        // Colleges: a college still seated cannot go (409); the full list stays.
        Http.Reply dropped = send(as("secretariat"), "PUT", "/api/governance/bodies/" + BODY + "/colleges",
                "{\"colleges\":[{\"code\":\"etat\",\"label\":\"État\"}]}");
        assertEquals(409, dropped.status(), dropped.toString());

        // Comments: members and the secretariat; others must not learn the minutes exist.
        long review = meeting("Réunion en relecture pour la matrice", Duration.ofDays(12));
        writeMinutes(as("secretariat"), review, "Une ligne.\nDeux lignes.", "members");
        transition(as("secretariat"), review, obj().add("to", "review").build());
        List<Row> comment = List.of(new Row(null, 401), new Row("participant", 404), new Row("editrice", 404),
                new Row("membre", 201), new Row("secretariat", 201), new Row("admin", 201));
        for (Row row : comment) {
            Http http = row.caller() == null ? anonymous() : as(row.caller());
            long before = TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_comment");
            Http.Reply r = http.postJson("/api/governance/meetings/" + review + "/minutes/comments",
                    obj().add("text", "Avis de " + row.caller()).build().toString());
            assertEquals(row.expected(), r.status(), "POST comments as " + row.caller() + ": " + r);
            assertEquals(before + (row.expected() == 201 ? 1 : 0),
                    TestDatabase.count("SELECT COUNT(*) FROM governance_minutes_comment"));
        }

        // Action updates: owner, secretariat and admin; a public action is 403 to others, a reserved one 404.
        long open = createAction(as("secretariat"), "Action publique de la matrice", "membre", "2027-03-01", "public")
                .json().getJsonNumber("id").longValue();
        long reserved = createAction(as("secretariat"), "Action réservée de la matrice", "membre", "2027-03-01", "members")
                .json().getJsonNumber("id").longValue();
        List<Row> publicUpdate = List.of(new Row(null, 401), new Row("participant", 403), new Row("editrice", 403),
                new Row("membre", 200), new Row("secretariat", 200), new Row("admin", 200));
        List<Row> reservedUpdate = List.of(new Row(null, 401), new Row("participant", 404), new Row("editrice", 404),
                new Row("membre", 200), new Row("secretariat", 200), new Row("admin", 200));
        for (var entry : Map.of(open, publicUpdate, reserved, reservedUpdate).entrySet()) {
            for (Row row : entry.getValue()) {
                Http http = row.caller() == null ? anonymous() : as(row.caller());
                long before = TestDatabase.count("SELECT COUNT(*) FROM governance_action_update WHERE action_id = ?", entry.getKey());
                Http.Reply r = send(http, "PATCH", "/api/governance/actions/" + entry.getKey(),
                        obj().add("comment", "Point d'étape de " + row.caller()).add("progress", 10).build().toString());
                assertEquals(row.expected(), r.status(), "PATCH action " + entry.getKey() + " as " + row.caller() + ": " + r);
                assertEquals(before + (row.expected() == 200 ? 1 : 0),
                        TestDatabase.count("SELECT COUNT(*) FROM governance_action_update WHERE action_id = ?", entry.getKey()));
            }
        }

        // Secretariat pages: the dashboard is for the secretariat only.
        assertEquals(303, anonymous().get("/gouvernance/" + BODY + "/tableau-de-bord").status());
        assertEquals(403, as("membre").get("/gouvernance/" + BODY + "/tableau-de-bord").status());
        assertEquals(200, as("secretariat").get("/gouvernance/" + BODY + "/tableau-de-bord").status());
        assertTrue(as("admin").get("/gouvernance/" + BODY + "/tableau-de-bord").body().contains("Par collège"));
        assertTrue(absent(anonymous().get("/api/governance/meetings/" + m).json(), "videoUrl"));
    }

    private static void check(Row row, int success, Http.Reply reply, String what) {
        assertEquals(row.expected() == 0 ? success : row.expected(), reply.status(), what + " as " + row.caller() + ": " + reply);
    }
}
