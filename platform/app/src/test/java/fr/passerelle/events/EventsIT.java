package fr.passerelle.events;

import static fr.passerelle.events.EventFixtures.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.probe.ProbeClock;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numérique en Commun[s] through the real WAR: a guest's whole journey (register, confirm by e-mail, calendar,
 * cancel, the next in line promoted), check-in by QR code, no overbooking under concurrency, expiry and purge
 * jobs with the test clock, bad input, and who may write what.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    static final Duration MAIL = Duration.ofSeconds(60);
    static final String MANAGE_LINK = "https?://[^\\s]+/inscription/[A-Za-z0-9_-]{43}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform().addClasses(ProbeClock.CLASSES);
    }

    @ArquillianResource
    URL base;

    private EventFixtures fx() {
        return new EventFixtures(base);
    }

    @AfterEach
    void resetClock() {
        fx().anonymous().send(HttpRequest.newBuilder(fx().anonymous().uri("/api/test-probe/clock")).DELETE());
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }

    private static long count(String sql, Object... params) {
        return TestDatabase.count(sql, params);
    }

    private static long held(long sessionId) {
        return count("SELECT held FROM events_session WHERE id = ?", sessionId);
    }

    @Test
    void aGuestConfirmsByMailGetsTheCalendarCancelsAndTheFirstWaitingPersonIsPromoted() throws Exception {
        EventFixtures fx = fx();
        String slug = fx.event(100);
        long workshop = fx.session(slug, "Atelier très demandé", 2, 1);
        String guest = email("invitee");

        Http.Reply registered = fx.register(fx.anonymous(), slug, "Inès Invitée", guest, List.of(workshop));
        assertEquals(201, registered.status(), registered.toString());
        JsonObject r = registered.json();
        assertEquals("pending", r.getString("status"));
        assertTrue(r.getString("manageUrl").matches(MANAGE_LINK), r.toString());
        assertEquals(1, held(workshop), "a pending request holds its seat");

        MimeMessage ask = TestMailServer.awaitMessage(guest, "Confirmez votre inscription", MAIL);
        String confirm = MailParts.link(MailParts.text(ask), MANAGE_LINK + "/confirmer");
        Http.Reply confirmed = fx.anonymous().get(path(confirm));
        assertEquals(303, confirmed.status(), confirmed.toString());
        MimeMessage ticket = TestMailServer.awaitMessage(guest, "Inscription confirmée", MAIL);
        String ics = new String(MailParts.attachment(ticket, slug + ".ics").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(ics.contains("BEGIN:VCALENDAR") && ics.contains("Atelier très demandé"), ics);
        assertTrue(MailParts.attachment(ticket, "code-accueil.png").isPresent(), "the QR code travels with the mail");
        assertEquals("confirmed", status(r.getJsonNumber("id").longValue()));
        assertEquals(303, fx.anonymous().get(path(confirm)).status(), "following the link again changes nothing");

        // Two people wait: a signed-in participant first, then another guest.
        String participant = EventFixtures.accountEmail("participant");
        Http.Reply waiting = fx.register(fx.as("participant"), slug, "Patricia Moreau", participant, List.of(workshop));
        assertEquals(201, waiting.status(), waiting.toString());
        assertEquals("waitlisted", waiting.json().getString("status"));
        assertEquals(1, waiting.json().getInt("position"));
        Http.Reply second = fx.register(fx.anonymous(), slug, "Second Invité", email("second"), List.of(workshop));
        assertEquals(2, second.json().getInt("position"));
        JsonObject seats = fx.anonymous().get("/api/events/" + slug + "/sessions/" + workshop).json();
        assertEquals(1, seats.getInt("capacity"));
        assertEquals(1, seats.getInt("held"));
        assertEquals(2, seats.getInt("waitlist"));

        // The guest cancels from the management page of the e-mail (a form with its CSRF token).
        String manage = path(MailParts.link(MailParts.text(ticket), MANAGE_LINK));
        Http browser = fx.anonymous().browser();
        Http.Reply page = browser.get(manage);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("Inscription confirmée") && page.body().contains("data:image/png;base64,"));
        Http.Reply cancelled = browser.postForm(manage + "/annuler", "_csrf", MailParts.csrf(page.body()));
        assertEquals(303, cancelled.status(), cancelled.toString());

        MimeMessage promoted = TestMailServer.awaitMessage(participant,
                "Une place s'est libérée : votre inscription est confirmée — Rencontre " + slug, MAIL);
        assertTrue(MailParts.text(promoted).contains("est confirmée"), "a signed-in person is confirmed at once");
        assertTrue(MailParts.attachment(promoted, slug + ".ics").isPresent());
        assertEquals("confirmed", status(waiting.json().getJsonNumber("id").longValue()));
        assertEquals("waitlisted", status(second.json().getJsonNumber("id").longValue()), "one seat, one promotion");
        assertEquals(1, held(workshop));
        assertEquals(1, count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = 'mail' AND payload LIKE ? "
                + "AND payload LIKE ? AND payload LIKE ?", "%" + participant + "%", "%Une place s'est libérée%", "%" + slug + "%"),
                "promoted and e-mailed exactly once");

        // The cancelled guest's token is spent; a forged one opens nothing.
        String token = manage.substring(manage.lastIndexOf('/') + 1);
        Http.Reply again = fx.anonymous().send(HttpRequest.newBuilder(fx.anonymous().uri("/api/events/" + slug
                + "/registrations/" + r.getJsonNumber("id")))
                .header("X-Management-Token", token).DELETE());
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.body().contains("déjà annulée"), again.body());
        Http.Reply forged = fx.anonymous().send(HttpRequest.newBuilder(fx.anonymous().uri("/api/events/" + slug
                + "/registrations/" + r.getJsonNumber("id")))
                .header("X-Management-Token", token.substring(1) + "A").DELETE());
        assertEquals(404, forged.status(), forged.toString());
        assertEquals(404, fx.anonymous().get("/evenements/" + slug + "/inscription/" + "x".repeat(43)).status());
        assertEquals(1, held(workshop), "no seat leaked");
    }

    @Test
    void staffCheckPeopleInByQrCodeAndASecondScanIsFlaggedNotCounted() {
        EventFixtures fx = fx();
        String slug = fx.event(50);
        long talk = fx.session(slug, "Table ronde", 3, 10);
        String member = EventFixtures.accountEmail("membre");
        Http.Reply registered = fx.register(fx.as("membre"), slug, "Marc Dubois", member, List.of(talk));
        assertEquals("confirmed", registered.json().getString("status"), "signed in: confirmed at once");
        MimeMessage ticket = TestMailServer.awaitMessage(member, "Inscription confirmée — Rencontre " + slug, MAIL);
        String code = MailParts.decodeQr(MailParts.attachment(ticket, "code-accueil.png").orElseThrow());
        assertTrue(code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), code);
        assertTrue(MailParts.text(ticket).contains(code), "the code is also written out");

        Http staff = fx.as("accueil");
        Http.Reply first = staff.postJson("/api/events/" + slug + "/checkins", "{\"code\":\"" + code + "\"}");
        assertEquals(201, first.status(), first.toString());
        assertEquals("Marc Dubois", first.json().getString("name"));
        Http.Reply replay = staff.postJson("/api/events/" + slug + "/checkins",
                "{\"code\":\"" + code.toLowerCase().replace("-", " ") + "\"}");
        assertEquals(409, replay.status(), replay.toString());
        assertEquals("application/problem+json", replay.contentType());
        assertTrue(replay.body().contains("déjà été enregistré"), replay.body());
        long id = registered.json().getJsonNumber("id").longValue();
        assertEquals(1, count("SELECT COUNT(*) FROM events_checkin WHERE registration_id = ?", id), "counted once");
        assertEquals(1, count("SELECT repeats FROM events_checkin WHERE registration_id = ? AND place_key = 0", id),
                "the second scan is flagged");

        Http.Reply atSession = staff.postJson("/api/events/" + slug + "/checkins",
                "{\"code\":\"" + code + "\",\"session\":" + talk + "}");
        assertEquals(201, atSession.status(), atSession.toString());
        Http.Reply unknown = staff.postJson("/api/events/" + slug + "/checkins", "{\"code\":\"AAAAA-AAAAA\"}");
        assertEquals(404, unknown.status(), unknown.toString());

        // The desk works without JavaScript: the live counts are on the page.
        Http.Reply desk = staff.get("/evenements/" + slug + "/accueil");
        assertEquals(200, desk.status(), desk.toString());
        assertTrue(desk.body().contains("<td>Entrée de l&#39;événement</td><td>1</td>"), desk.body());
        assertTrue(desk.body().contains("name=\"code\""));

        // The same desk as a form: a typed code of another person counts, a replay and a wrong code are 4xx pages.
        Http.Reply guest = fx.register(fx.as("participant"), slug, "Inès Garnier",
                EventFixtures.accountEmail("participant"), List.of());
        assertEquals("confirmed", guest.json().getString("status"), guest.toString());
        String guestCode = fx.anonymous().get(path(guest.json().getString("manageUrl"))).body()
                .replaceAll("(?s).*?([A-Z2-9]{5}-[A-Z2-9]{5}).*", "$1");
        assertTrue(guestCode.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"), "the code is written on the management page");
        Http browser = new Http(base).browser().withBearer(fr.passerelle.testkit.TestKeycloak.token("accueil", "accueil-demo"));
        String csrf = MailParts.csrf(browser.get("/evenements/" + slug + "/accueil").body());
        Http.Reply typed = browser.postForm("/evenements/" + slug + "/accueil", "_csrf", csrf, "code", guestCode,
                "session", "");
        assertEquals(200, typed.status(), typed.toString());
        assertTrue(typed.body().contains("Inès Garnier") && typed.body().contains("est enregistré"), typed.body());
        Http.Reply typedAgain = browser.postForm("/evenements/" + slug + "/accueil", "_csrf", csrf, "code", guestCode,
                "session", "");
        assertEquals(409, typedAgain.status(), typedAgain.toString());
        assertTrue(typedAgain.body().contains("Déjà enregistré"), typedAgain.body());
        Http.Reply wrong = browser.postForm("/evenements/" + slug + "/accueil", "_csrf", csrf, "code", "<b>x</b>",
                "session", "");
        assertTrue(wrong.status() == 400 || wrong.status() == 404, wrong.toString());
        assertTrue(wrong.body().contains("Code refusé") && !wrong.body().contains("<b>x</b>"), wrong.body());
        assertEquals(2, count("SELECT COUNT(*) FROM events_checkin c JOIN events_registration r "
                + "ON r.id = c.registration_id WHERE r.event_id = (SELECT id FROM events_event WHERE slug = ?) "
                + "AND c.place_key = 0", slug), "two people at the entrance, whatever the replays");
    }

    @Test
    void theProgrammeIsSearchableAndRegistrantsNeverAre() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        String word = "zythologie" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "k");
        fx.session(slug, "Atelier " + word + " et médiation", 2, 5);
        String registrant = "Registrant" + word;
        fx.register(fx.anonymous(), slug, registrant, email("cherche"), List.of());

        fr.passerelle.testkit.Await.until("the event to be found by a word of its programme", Duration.ofSeconds(30),
                () -> fx.anonymous().get("/api/search?q=" + word).body().contains("/evenements/" + slug));
        JsonObject hit = fx.anonymous().get("/api/search?q=" + word).json().getJsonArray("hits").getJsonObject(0);
        assertEquals("event", hit.getString("type"));
        assertEquals("/evenements/" + slug, hit.getString("url"));
        assertTrue(fx.anonymous().get("/api/search?q=" + registrant.toLowerCase()).json().getJsonArray("hits").isEmpty(),
                "a registrant's name is never in the index");
        assertTrue(fx.anonymous().get("/recherche?q=" + word).body().contains("Événement"), "the type is named in French");
    }

    @Test
    void concurrentAttemptsNeverOverbookNorDuplicate() throws Exception {
        EventFixtures fx = fx();
        String slug = fx.event(1000);
        long popular = fx.session(slug, "Atelier pris d'assaut", 4, 20);
        int attempts = 200;
        int distinct = 170;
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            emails.add("ruee-" + slug + "-" + i + "@exemple.fr");
        }
        // 30 retries or double clicks of addresses already in the list, some in another case.
        for (int i = 0; i < attempts - distinct; i++) {
            String e = emails.get(i * 5);
            emails.add(i % 2 == 0 ? e.toUpperCase() : e);
        }
        java.util.Collections.shuffle(emails, new java.util.Random(7));
        Map<String, Long> idByEmail = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Http guests = fx.anonymous();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String e : emails) {
                done.add(pool.submit(() -> {
                    Http.Reply reply = fx.register(guests, slug, "Personne pressée", e, List.of(popular));
                    if (reply.status() != 201 && reply.status() != 200) {
                        problems.add(reply.toString());
                        return;
                    }
                    long id = reply.json().getJsonNumber("id").longValue();
                    Long before = idByEmail.putIfAbsent(e.toLowerCase(), id);
                    if (before != null && before != id) {
                        problems.add("two registrations for " + e + ": " + before + " and " + id);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), problems);
        assertEquals(distinct, idByEmail.size());
        long eventId = count("SELECT id FROM events_event WHERE slug = ?", slug);
        assertEquals(distinct, count("SELECT COUNT(*) FROM events_registration WHERE event_id = ?", eventId),
                "one registration per e-mail");
        assertEquals(20, held(popular), "exactly the capacity is held");
        assertEquals(20, count("SELECT COUNT(*) FROM events_registration r JOIN events_registration_session s "
                + "ON s.registration_id = r.id WHERE s.session_id = ? AND r.status IN ('pending', 'confirmed')", popular),
                "the counter matches the registrations holding a seat");
        assertEquals(20, count("SELECT held FROM events_event WHERE id = ?", eventId));
        assertEquals(distinct - 20, count("SELECT COUNT(DISTINCT waitlist_position) FROM events_registration "
                + "WHERE event_id = ? AND status = 'waitlisted'", eventId), "everyone else waits, each in their own place");
        JsonObject seats = fx.anonymous().get("/api/events/" + slug + "/sessions/" + popular).json();
        assertEquals(20, seats.getInt("held"));
        assertEquals(distinct - 20, seats.getInt("waitlist"));
    }

    @Test
    void unconfirmedRequestsExpireAfter48HoursAndTheirSeatsGoToTheWaitingList() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        long small = fx.session(slug, "Petit atelier", 5, 1);
        long late = fx.register(fx.anonymous(), slug, "Retardataire", email("retard"), List.of(small)).json()
                .getJsonNumber("id").longValue();
        String next = email("suivante");
        long waiting = fx.register(fx.anonymous(), slug, "Suivante", next, List.of(small)).json()
                .getJsonNumber("id").longValue();
        assertEquals("waitlisted", status(waiting));

        Http probe = fx.anonymous();
        assertEquals(204, probe.send(HttpRequest.newBuilder(probe.uri("/api/test-probe/clock?shift=PT47H"))
                .PUT(HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(204, probe.post("/api/test-probe/jobs/events-expiry", "application/json", "").status());
        assertEquals("pending", status(late), "47 hours: still within the delay");

        assertEquals(204, probe.send(HttpRequest.newBuilder(probe.uri("/api/test-probe/clock?shift=PT49H"))
                .PUT(HttpRequest.BodyPublishers.noBody())).status());
        assertEquals(204, probe.post("/api/test-probe/jobs/events-expiry", "application/json", "").status());
        assertEquals("expired", status(late));
        assertEquals("pending", status(waiting), "promoted, and asked to confirm in turn");
        assertEquals(1, held(small));
        MimeMessage mail = TestMailServer.awaitMessage(next, "Une place s'est libérée : confirmez", MAIL);
        assertTrue(MailParts.text(mail).contains("/confirmer"));
        assertEquals(204, probe.post("/api/test-probe/jobs/events-expiry", "application/json", "").status());
        assertEquals(1, held(small), "running the job again changes nothing");
    }

    @Test
    void theDayBeforeEachConfirmedRegistrantGetsOneReminder() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        String member = EventFixtures.accountEmail("membre");
        long id = fx.register(fx.as("membre"), slug, "Marc Dubois", member, List.of()).json()
                .getJsonNumber("id").longValue();
        Http probe = fx.anonymous();
        assertEquals(204, probe.post("/api/test-probe/jobs/events-reminders", "application/json", "").status());
        assertEquals(0, count("SELECT COUNT(*) FROM events_reminder WHERE registration_id = ?", id), "not yet");

        Duration untilEve = Duration.between(java.time.OffsetDateTime.now(), EventFixtures.STARTS.minusHours(12));
        probe.send(HttpRequest.newBuilder(probe.uri("/api/test-probe/clock?shift=" + untilEve))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, probe.post("/api/test-probe/jobs/events-reminders", "application/json", "").status());
        assertEquals(204, probe.post("/api/test-probe/jobs/events-reminders", "application/json", "").status());
        MimeMessage reminder = TestMailServer.awaitMessage(member, "Rencontre " + slug + " commence demain", MAIL);
        assertTrue(MailParts.attachment(reminder, "code-accueil.png").isPresent());
        assertEquals(1, count("SELECT COUNT(*) FROM events_reminder WHERE registration_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = 'mail' AND payload LIKE ? "
                + "AND payload LIKE ?", "%" + member + "%", "%" + slug + " commence demain%"), "queued once, whatever the runs");
    }

    @Test
    void personalDataIsAnonymisedAfterTheRetentionAndStatisticsStay() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        Http.Reply r = fx.register(fx.as("participant"), slug, "Patricia Moreau", EventFixtures.accountEmail("participant"),
                List.of());
        long id = r.json().getJsonNumber("id").longValue();
        String manage = path(r.json().getString("manageUrl"));
        assertEquals(200, fx.anonymous().get(manage).status());

        Http probe = fx.anonymous();
        probe.post("/api/test-probe/jobs/events-personal-data-purge", "application/json", "");
        assertEquals(1, count("SELECT COUNT(*) FROM events_registration WHERE id = ? AND email IS NOT NULL", id),
                "kept until the retention is over");
        // The event ends about 41 days from now; the retention is 90 days after it.
        probe.send(HttpRequest.newBuilder(probe.uri("/api/test-probe/clock?shift=P133D")).PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, probe.post("/api/test-probe/jobs/events-personal-data-purge", "application/json", "").status());
        assertEquals(1, count("SELECT COUNT(*) FROM events_registration WHERE id = ? AND email IS NULL AND name = '' "
                + "AND subject IS NULL AND checkin_code IS NULL AND email_key = ? AND status = 'confirmed' "
                + "AND structure_type = 'collectivite'", id, "anonyme-" + id));
        assertEquals(0, count("SELECT COUNT(*) FROM events_manage_token WHERE registration_id = ?", id));
        assertEquals(404, fx.anonymous().get(manage).status(), "the link opens nothing any more");
    }

    @Test
    void registrantsDownloadAndEraseTheirDataFromTheManagementLink() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        long s = fx.session(slug, "Atelier données", 2, 1);
        Http.Reply r = fx.register(fx.as("participant"), slug, "<script>alert('nom')</script>",
                EventFixtures.accountEmail("participant"), List.of(s));
        String manage = path(r.json().getString("manageUrl"));
        Http browser = fx.anonymous().browser();
        Http.Reply page = browser.get(manage);
        assertFalse(page.body().contains("<script>alert"), "HTML typed by a registrant is shown as text");
        assertTrue(page.body().contains("&lt;script&gt;alert(&#39;nom&#39;)&lt;/script&gt;"));
        Http.Reply data = browser.get(manage + "/donnees.json");
        assertEquals(200, data.status());
        assertEquals("<script>alert('nom')</script>", data.json().getString("name"));
        assertTrue(data.header("Content-Disposition").orElse("").startsWith("attachment"));

        Http.Reply erased = browser.postForm(manage + "/effacer", "_csrf", MailParts.csrf(page.body()));
        assertEquals(303, erased.status(), erased.toString());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals("cancelled", status(id));
        assertEquals(0, held(s), "the seat is freed");
        assertEquals(1, count("SELECT COUNT(*) FROM events_registration WHERE id = ? AND email IS NULL AND name = ''", id));
        assertEquals(404, fx.anonymous().get(manage).status());
    }

    @Test
    void badInputGetsAClearFrenchRefusalStoresNothingAndLeaksNoSeat() {
        EventFixtures fx = fx();
        String slug = fx.event(5);
        long morning = fx.session(slug, "Atelier du matin", 2, 3);
        long same = fx.session(slug, "Atelier en même temps", 2, 3);
        String other = fx.event(5);
        long elsewhere = fx.session(other, "Atelier d'un autre événement", 2, 3);
        String notYet = fx.event(5, EventFixtures.NOW.plusDays(2), EventFixtures.NOW.plusDays(20));
        String over = fx.event(5, EventFixtures.NOW.minusDays(5), EventFixtures.NOW.minusDays(1));
        Http anonymous = fx.anonymous();

        record Case(String what, String slug, String json, int status, String field, String words) {
        }
        String e = email("refus");
        List<Case> cases = List.of(
                new Case("before opening", notYet, EventFixtures.registrationJson("Avant", e, List.of()), 409, null,
                        "pas encore ouvertes"),
                new Case("after closing", over, EventFixtures.registrationJson("Après", e, List.of()), 409, null,
                        "sont closes"),
                new Case("overlapping sessions", slug, EventFixtures.registrationJson("Double", e, List.of(morning, same)),
                        400, "sessions", "en même temps"),
                new Case("another event's session", slug, EventFixtures.registrationJson("Ailleurs", e, List.of(elsewhere)),
                        400, "sessions", "aucune session"),
                new Case("unknown session", slug, EventFixtures.registrationJson("Inconnue", e, List.of(987654321L)),
                        400, "sessions", "aucune session"),
                new Case("invalid e-mail", slug, EventFixtures.registrationJson("Mauvaise adresse", "pas-une-adresse@",
                        List.of(morning)), 400, "email", "adresse électronique valide"),
                new Case("300-character name", slug, EventFixtures.registrationJson("N".repeat(300), e, List.of(morning)),
                        400, "name", "200 caractères"),
                new Case("control character", slug, EventFixtures.registrationJson("Nom\u0007sonore", e, List.of(morning)),
                        400, "name", "caractère de contrôle"),
                new Case("no consent", slug, EventFixtures.registrationJson("Sans accord", e, List.of(morning))
                        .replace("\"consent\":true", "\"consent\":false"), 400, "consent", "notice de confidentialité"),
                new Case("unknown commune", slug, EventFixtures.registrationJson("Commune", e, List.of(morning))
                        .replace("\"consent\"", "\"commune\":\"99999\",\"consent\""), 400, "commune", "code officiel"),
                new Case("not JSON", slug, "{\"name\":", 400, null, "JSON"));
        for (Case c : cases) {
            Http.Reply reply = anonymous.postJson("/api/events/" + c.slug() + "/registrations", c.json());
            assertEquals(c.status(), reply.status(), c.what() + ": " + reply);
            assertEquals("application/problem+json", reply.contentType(), c.what());
            assertTrue(reply.body().contains(c.words()), c.what() + ": " + reply.body());
            if (c.field() != null) {
                assertTrue(reply.body().contains("\"field\":\"" + c.field() + "\""), c.what() + ": " + reply.body());
            }
        }
        assertEquals(0, count("SELECT COUNT(*) FROM events_registration WHERE LOWER(email_key) = LOWER(?)", e),
                "nothing stored");
        assertEquals(0, held(morning) + held(same) + held(elsewhere), "no seat leaked");

        // A valid one works and is then counted against capacity changes.
        assertEquals(201, fx.register(anonymous, slug, "Valide", email("valide"), List.of(morning)).status());
        Http.Reply forSomeoneElse = fx.register(fx.as("participant"), slug, "Valide bis", email("valide"), List.of(morning));
        assertEquals(201, forSomeoneElse.status(), forSomeoneElse.toString());
        assertEquals("pending", forSomeoneElse.json().getString("status"),
                "signed in, but for an address Keycloak did not verify: that address confirms by its own e-mail link");
        assertTrue(fx.as("participant").get("/evenements/" + slug + "/inscription").body()
                .contains("value=\"participant@passerelle.localhost\""), "the form offers the account's verified address");
        Http.Reply lower = fx.as("admin").send(HttpRequest.newBuilder(anonymous.uri("/api/events/" + slug + "/sessions/"
                + morning)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capacity\":1}")));
        assertEquals(409, lower.status(), lower.toString());
        assertTrue(lower.body().contains("ne peut pas descendre à 1") && lower.body().contains("2 places"), lower.body());
        assertEquals(3, count("SELECT capacity FROM events_session WHERE id = ?", morning));
        Http.Reply eventLower = fx.as("editrice").send(HttpRequest.newBuilder(anonymous.uri("/api/events/" + slug))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capacity\":-1}")));
        assertEquals(400, eventLower.status(), eventLower.toString());

        // Unknown ids and slugs.
        assertEquals(404, anonymous.get("/api/events/n-existe-pas").status());
        assertEquals("application/problem+json", anonymous.get("/api/events/n-existe-pas").contentType());
        assertEquals(404, anonymous.get("/api/events/" + slug + "/sessions/" + elsewhere).status(),
                "a session of another event is not found here");
        assertEquals(404, anonymous.get("/api/events/" + slug + "/sessions/abc").status());
        assertEquals(404, anonymous.get("/evenements/n-existe-pas").status());
        assertEquals(400, anonymous.get("/api/events?size=1000").status());
    }

    @Test
    void organisersSeeTheDashboardExportCsvCloseRegistrationAndWriteToASession() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        long s = fx.session(slug, "Atelier suivi", 2, 5);
        String guest = EventFixtures.accountEmail("participant");
        fx.register(fx.as("participant"), slug, "=HYPERLINK(\"x\")", guest, List.of(s));

        Http.Reply csv = fx.as("editrice").get("/evenements/" + slug + "/organisation/inscrits.csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().contains(guest) && csv.body().contains("'=HYPERLINK"), "formulas are defused: " + csv.body());

        Http admin = new Http(base).browser().withBearer(fr.passerelle.testkit.TestKeycloak.token("admin", "admin-demo"));
        Http.Reply dashboard = admin.get("/evenements/" + slug + "/organisation");
        assertEquals(200, dashboard.status(), dashboard.toString());
        assertTrue(dashboard.body().contains("Atelier suivi") && dashboard.body().contains("Exporter les inscrits"));
        Http.Reply message = admin.postForm("/evenements/" + slug + "/organisation/sessions/" + s + "/message",
                "_csrf", MailParts.csrf(dashboard.body()), "subject", "Changement de salle", "body", "Rendez-vous salle 12.");
        assertEquals(303, message.status(), message.toString());
        MimeMessage mail = TestMailServer.awaitMessage(guest, "Changement de salle", MAIL);
        assertTrue(MailParts.text(mail).contains("Rendez-vous salle 12."));

        Http.Reply closed = fx.as("editrice").send(HttpRequest.newBuilder(fx.anonymous().uri("/api/events/" + slug))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"registrationClosed\":true}")));
        assertEquals(200, closed.status(), closed.toString());
        assertFalse(closed.json().getBoolean("registrationOpen"));
        Http.Reply refused = fx.register(fx.anonymous(), slug, "Trop tard", email("tard"), List.of());
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("fermées par les organisateurs"), refused.body());
    }

    @Test
    void authorisationMatrix() {
        EventFixtures fx = fx();
        String slug = fx.event(10);
        long s = fx.session(slug, "Atelier matrice", 2, 5);
        List<String> callers = java.util.Arrays.asList(null, "participant", "accueil", "editrice", "secretariat", "admin");

        // POST /api/events: administrators only.
        Map<String, Integer> createEvent = expected(401, 403, 403, 403, 403, 201);
        for (String caller : callers) {
            String newSlug = EventFixtures.unique("matrice");
            Http.Reply reply = http(fx, caller).postJson("/api/events", EventFixtures.eventJson(newSlug, 5,
                    EventFixtures.NOW.minusDays(1), EventFixtures.NOW.plusDays(2)).build().toString());
            assertEquals(createEvent.get(key(caller)), reply.status(), "POST /api/events as " + caller + ": " + reply);
            assertEquals(reply.status() == 201 ? 1 : 0, count("SELECT COUNT(*) FROM events_event WHERE slug = ?", newSlug));
        }
        // POST /api/events/{slug}/sessions: administrators only.
        Map<String, Integer> addSession = expected(401, 403, 403, 403, 403, 201);
        for (String caller : callers) {
            String title = EventFixtures.unique("session");
            Http.Reply reply = http(fx, caller).postJson("/api/events/" + slug + "/sessions",
                    EventFixtures.sessionJson(title, 3, 5).build().toString());
            assertEquals(addSession.get(key(caller)), reply.status(), "POST sessions as " + caller + ": " + reply);
            assertEquals(reply.status() == 201 ? 1 : 0, count("SELECT COUNT(*) FROM events_session WHERE title = ?", title));
        }
        // PATCH /api/events/{slug} and /sessions/{id}: administrators and the event's organisers (editrice).
        Map<String, Integer> change = expected(401, 403, 403, 200, 403, 200);
        int capacity = 10;
        for (String caller : callers) {
            int wanted = ++capacity;
            Http.Reply reply = http(fx, caller).send(HttpRequest.newBuilder(fx.anonymous().uri("/api/events/" + slug))
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capacity\":" + wanted + "}")));
            assertEquals(change.get(key(caller)), reply.status(), "PATCH event as " + caller + ": " + reply);
            assertEquals(reply.status() == 200 ? 1 : 0, count("SELECT COUNT(*) FROM events_event WHERE slug = ? "
                    + "AND capacity = ?", slug, wanted), "changed only when allowed (" + caller + ")");
            Http.Reply session = http(fx, caller).send(HttpRequest.newBuilder(fx.anonymous().uri("/api/events/" + slug
                            + "/sessions/" + s)).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capacity\":" + wanted + "}")));
            assertEquals(change.get(key(caller)), session.status(), "PATCH session as " + caller + ": " + session);
            assertEquals(session.status() == 200 ? 1 : 0, count("SELECT COUNT(*) FROM events_session WHERE id = ? "
                    + "AND capacity = ?", s, wanted));
        }
        // POST /api/events/{slug}/checkins: reception staff and organisers; an unknown code is then a 404.
        Map<String, Integer> checkin = expected(401, 403, 404, 404, 403, 404);
        for (String caller : callers) {
            Http.Reply reply = http(fx, caller).postJson("/api/events/" + slug + "/checkins", "{\"code\":\"ZZZZZ-ZZZZZ\"}");
            assertEquals(checkin.get(key(caller)), reply.status(), "POST checkins as " + caller + ": " + reply);
        }
        // Registration is open to all (guests included); DELETE needs the management token, whoever calls.
        Map<String, Integer> register = expected(201, 201, 201, 201, 201, 201);
        for (String caller : callers) {
            Http.Reply reply = fx.register(http(fx, caller), slug, "Matrice " + caller, email("matrice"), List.of());
            assertEquals(register.get(key(caller)), reply.status(), "POST registrations as " + caller + ": " + reply);
            long id = reply.json().getJsonNumber("id").longValue();
            Http.Reply delete = http(fx, caller).send(HttpRequest.newBuilder(fx.anonymous().uri("/api/events/" + slug
                    + "/registrations/" + id)).DELETE());
            assertEquals(404, delete.status(), "DELETE without token as " + caller + ": " + delete);
            assertFalse("cancelled".equals(status(id)));
        }
        // Pages: the dashboard and export for organisers, the desk for staff and organisers.
        Map<String, Integer> dashboard = expected(303, 403, 403, 200, 403, 200);
        Map<String, Integer> desk = expected(303, 403, 200, 200, 403, 200);
        for (String caller : callers) {
            assertEquals(dashboard.get(key(caller)), http(fx, caller).get("/evenements/" + slug + "/organisation").status(),
                    "dashboard as " + caller);
            assertEquals(dashboard.get(key(caller)),
                    http(fx, caller).get("/evenements/" + slug + "/organisation/inscrits.csv").status(), "CSV as " + caller);
            assertEquals(desk.get(key(caller)), http(fx, caller).get("/evenements/" + slug + "/accueil").status(),
                    "desk as " + caller);
        }
        // Page forms without the session's CSRF token are refused before anything else.
        Http.Reply forged = fx.as("admin").postForm("/evenements/" + slug + "/organisation/inscriptions", "action", "fermer");
        assertEquals(403, forged.status());
        assertEquals(0, count("SELECT COUNT(*) FROM events_event WHERE slug = ? AND registration_closed = TRUE", slug));
    }

    private static String key(String caller) {
        return caller == null ? "anonyme" : caller;
    }

    /** Expected statuses for anonymous, participant, accueil, editrice, secretariat, admin. */
    private static Map<String, Integer> expected(int... statuses) {
        List<String> names = List.of("anonyme", "participant", "accueil", "editrice", "secretariat", "admin");
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), statuses[i]);
        }
        return map;
    }

    private static Http http(EventFixtures fx, String caller) {
        return caller == null ? fx.anonymous() : fx.as(caller);
    }

    private static String status(long registration) {
        for (String s : List.of("pending", "confirmed", "waitlisted", "cancelled", "expired")) {
            if (count("SELECT COUNT(*) FROM events_registration WHERE id = ? AND status = ?", registration, s) == 1) {
                return s;
            }
        }
        return "absent";
    }
}
