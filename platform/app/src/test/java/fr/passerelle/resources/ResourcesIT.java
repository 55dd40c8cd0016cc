package fr.passerelle.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static fr.passerelle.testkit.SampleFiles.Part.field;

import com.sun.net.httpserver.HttpServer;
import fr.passerelle.app.probe.ProbeClock;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.SampleFiles;
import fr.passerelle.testkit.SampleFiles.Part;
import fr.passerelle.testkit.SignIn;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resource centre through the real WAR: the mayors' path, filters, the review workflow and its history,
 * search freshness, reports, link checking, the open-data export, bad input and who may write what.
 */
@ExtendWith(ArquillianExtension.class)
class ResourcesIT {

    static final String PATH = "strategie-inclusion-numerique-de-mon-territoire";
    /** Generous: the bound is only there so that a broken index fails the test instead of hanging it. */
    static final Duration SEARCH_BOUND = Duration.ofSeconds(20);

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform().addClasses(ProbeClock.CLASSES);
    }

    @ArquillianResource
    URL base;

    private Http http() {
        return new Http(base);
    }

    private Http as(String username) {
        return username == null ? http() : new Http(base).withBearer(token(username));
    }

    private static String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> TestKeycloak.token(u, u + "-demo"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A word no seed text holds, for search and listing checks. */
    private static String word() {
        StringBuilder word = new StringBuilder("mot");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c); // letters only: one word for search
        }
        return word.toString();
    }

    private static String json(String slug, String title, String... more) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", title).add("type", "guide");
        if (slug != null) {
            b.add("slug", slug);
        }
        for (int i = 0; i < more.length; i += 2) {
            b.add(more[i], more[i + 1]);
        }
        return b.build().toString();
    }

    /** A proposal by {@code who}, answered 201; returns its slug. */
    private String propose(String who, String... more) {
        String slug = unique("prop");
        Http.Reply r = as(who).postJson("/api/resources", json(slug, "Proposition " + slug, more));
        assertEquals(201, r.status(), r.toString());
        return slug;
    }

    private static long countWhere(String condition, Object... params) {
        return TestDatabase.count("SELECT COUNT(*) FROM resources_resource WHERE " + condition, params);
    }

    private static boolean hasStatus(String slug, String status) {
        return countWhere("slug = ? AND status = ?", slug, status) == 1;
    }

    private static long historyCount(String slug) {
        return TestDatabase.count("SELECT COUNT(*) FROM kernel_change c JOIN resources_resource r ON c.entity_id = "
                + "CAST(r.id AS VARCHAR(40)) WHERE c.entity_type = 'resource' AND r.slug = ?", slug);
    }

    /** Publishes a resource straight into the database, as an editor's publication would. */
    private static void insertPublished(String slug, String title, String summary, String body, String searchText) {
        String next = TestDatabase.nextValue("resources_resource_seq");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TestDatabase.update("INSERT INTO resources_resource (id, slug, title, summary, body, type, licence, status, "
                + "created_at, updated_at, published_at, search_text) VALUES (" + next + ", ?, ?, ?, ?, 'guide', "
                + "'CC-BY-4.0', 'published', ?, ?, ?, ?)", slug, title, summary, body, now, now, now, searchText);
    }

    /** A fresh published resource straight in the database: something to report on without meeting earlier reports. */
    private static String publishedToReport() {
        String slug = unique("a-signaler");
        insertPublished(slug, "À signaler " + slug, "", "", " a signaler ");
        return slug;
    }

    private static long total(Http http, String query) {
        return http.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json()
                .getJsonNumber("total").longValue();
    }

    /** A browser signed in through Keycloak's page, and the form token of its session. */
    private record Browser(Http http, String csrf) {
    }

    private Browser signIn(String username, String path) {
        Http browser = http().browser();
        SignIn.as(browser, path, username, username + "-demo");
        Http.Reply page = browser.get(path);
        assertEquals(200, page.status(), page.toString());
        return new Browser(browser, SignIn.formToken(page));
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The "done when": a mayor finds the path and reads each step's resources, filters by audience and
     * licence; a participant proposes through the form; an editor asks for a change, the proposer edits, the
     * editor publishes and reads the history; the published resource is searchable (the delay is printed).
     */
    @Test
    void mayorReadsThePathParticipantProposesEditorReviewsAndPublishes() throws Exception {
        Http mayor = http();
        assertTrue(mayor.get("/parcours").body().contains("/parcours/" + PATH));
        Http.Reply pathPage = mayor.get("/parcours/" + PATH);
        assertEquals(200, pathPage.status(), pathPage.toString());
        assertTrue(pathPage.body().contains("Construire la stratégie d&#39;inclusion numérique de mon territoire"));
        assertTrue(pathPage.body().contains("Étape 1 sur 7") && pathPage.body().contains("Étape 7 sur 7"));
        assertTrue(pathPage.body().contains("Étape suivante") && pathPage.body().contains("Étape précédente"));
        JsonObject path = mayor.get("/api/paths/" + PATH).json();
        JsonArray steps = path.getJsonArray("steps");
        assertTrue(steps.size() >= 6, "steps: " + steps.size());
        for (JsonObject step : steps.getValuesAs(JsonObject.class)) {
            JsonArray resources = step.getJsonArray("resources");
            assertFalse(resources.isEmpty(), "step " + step.getInt("number") + " has resources");
            for (JsonObject r : resources.getValuesAs(JsonObject.class)) {
                Http.Reply page = mayor.get(r.getString("url"));
                assertEquals(200, page.status(), r.getString("url"));
                assertTrue(page.body().contains("Dans un parcours"), "the resource page names its path");
            }
        }
        assertEquals(404, mayor.get("/parcours/n-existe-pas").status());
        assertEquals(404, mayor.get("/api/paths/n-existe-pas").status());

        JsonObject filtered = mayor.get("/api/resources?audience=elus&licence=etalab-2.0&size=100").json();
        assertTrue(filtered.getInt("total") > 0);
        for (JsonObject r : filtered.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("etalab-2.0", r.getString("licence"));
            assertTrue(r.getJsonArray("audiences").getValuesAs(JsonObject.class).stream()
                    .anyMatch(a -> a.getString("code").equals("elus")), r.getString("slug"));
        }
        Http.Reply filteredPage = mayor.get("/ressources?audience=elus&licence=etalab-2.0");
        assertTrue(filteredPage.body().contains(filtered.getInt("total") + " ressources correspondant aux critères"),
                filteredPage.body());
        assertTrue(filteredPage.body().contains("<option value=\"elus\" selected>"), "the chosen filter stays chosen");

        // A participant proposes through the page form.
        String word = word();
        Browser participant = signIn("participant", "/ressources/proposer");
        String pdfWord = word();
        Http.Reply sent = participant.http().post("/ressources/proposer", SampleFiles.MULTIPART, SampleFiles.multipart(
                field("_csrf", participant.csrf()), field("title", "Atelier numérique itinérant " + word),
                field("summary", "Un bus équipé passe dans les villages."),
                field("body", "Le bus s'arrête **chaque semaine** sur la place du marché."), field("type", "fiche-pratique"),
                field("licence", "CC-BY-SA-4.0"), field("themes", "mediation-accompagnement"), field("audiences", "elus"),
                field("audiences", "agents-collectivite"), field("level", "intercommunalite"),
                field("producer", "Communauté de communes"), field("producerUrl", "https://www.exemple.fr"),
                field("externalUrl", ""), Part.file("bus-numérique.pdf", "application/pdf",
                        SampleFiles.pdf("Itinéraire du bus " + pdfWord))));
        assertEquals(303, sent.status(), sent.toString());
        String location = sent.header("Location").orElseThrow();
        String slug = location.replaceFirst("^.*/ressources/", "").replaceFirst("\\?.*$", "");
        assertTrue(hasStatus(slug, "proposed"), slug);
        Http.Reply own = participant.http().follow(sent);
        assertTrue(own.body().contains("Votre proposition est enregistrée"), own.body());
        assertTrue(own.body().contains("n'est pas publiée"));
        assertEquals(404, http().get("/ressources/" + slug).status(), "hidden from the public");
        assertEquals(404, as("membre").get("/api/resources/" + slug).status(), "and from other members");
        String fileUrl = as("participant").get("/api/resources/" + slug).json().getJsonArray("attachments")
                .getJsonObject(0).getString("url");
        assertEquals(404, http().get(fileUrl).status(), "a proposal's file is hidden like the proposal");
        assertEquals(404, as("membre").get(fileUrl).status());
        assertEquals(200, as("participant").get(fileUrl).status(), "its proposer reads it");
        assertEquals(200, as("editrice").get(fileUrl).status(), "and the editors");

        // The editor reviews: asks for a change with a comment.
        Http editor = as("editrice");
        assertTrue(editor.get("/api/resources/moderation/queue?size=100").body().contains(slug));
        assertTrue(editor.get("/ressources/moderation").body().contains(slug));
        Http.Reply noComment = editor.postJson("/api/resources/" + slug + "/request-changes", "{}");
        assertEquals(400, noComment.status(), noComment.toString());
        assertTrue(noComment.body().contains("comment"));
        Http.Reply changes = editor.postJson("/api/resources/" + slug + "/request-changes",
                "{\"comment\":\"Ajoutez le coût du bus et la fréquence des passages.\"}");
        assertEquals(200, changes.status(), changes.toString());
        assertEquals("changes-requested", changes.json().getString("status"));
        JsonObject seenByAuthor = as("participant").get("/api/resources/" + slug).json();
        assertEquals("Ajoutez le coût du bus et la fréquence des passages.", seenByAuthor.getString("reviewComment"));

        // The proposer edits; the proposal goes back to the queue.
        Http.Reply edited = as("participant").send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(null, "Atelier numérique itinérant " + word,
                        "summary", "Un bus équipé passe dans les villages, deux fois par mois, pour 30 000 € par an.",
                        "licence", "CC-BY-SA-4.0", "level", "intercommunalite"))));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("proposed", edited.json().getString("status"));

        // The editor publishes; the resource is searchable at once.
        Http.Reply published = editor.post("/api/resources/" + slug + "/publish", "application/json", "");
        assertEquals(200, published.status(), published.toString());
        long publishedAt = System.nanoTime();
        long[] sentAt = {0};
        // The newest public resource in search, by a listing query: cheap to answer, so the figure is the index's.
        Await.until("the published resource is searchable", SEARCH_BOUND, () -> {
            sentAt[0] = System.nanoTime();
            JsonArray hits = http().get("/api/search?facet.type=resource&sort=date&size=1").json().getJsonArray("hits");
            return !hits.isEmpty() && hits.getJsonObject(0).getString("url").equals("/ressources/" + slug);
        });
        long answered = (System.nanoTime() - publishedAt) / 1_000_000;
        Await.until("its words find it", SEARCH_BOUND, () -> total(http(), word) == 1);
        long byWord = (System.nanoTime() - publishedAt) / 1_000_000;
        System.out.println("ResourcesIT : ressource publiée visible dans la recherche anonyme à la requête envoyée "
                + (sentAt[0] - publishedAt) / 1_000_000 + " ms après la publication (réponse à " + answered
                + " ms) ; trouvée par ses mots à " + byWord + " ms");
        assertEquals(200, http().get("/ressources/" + slug).status());

        // The mayor downloads the attached file; its text is in search and in the listing's search box.
        JsonObject file = http().get("/api/resources/" + slug).json().getJsonArray("attachments").getJsonObject(0);
        assertEquals("bus-numérique.pdf", file.getString("filename"));
        Http.Reply download = http().get(file.getString("url"));
        assertEquals(200, download.status(), download.toString());
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        assertTrue(download.body().startsWith("%PDF"));
        assertTrue(http().get("/ressources/" + slug).body().contains(file.getString("url")), "listed on the page");
        Await.until("the file's words find the resource", SEARCH_BOUND, () -> total(http(), pdfWord) == 1);
        assertEquals(1, http().get("/api/resources?q=" + pdfWord).json().getInt("total"));

        // A licence change is flagged; the history lists every step, newest first.
        Http.Reply relicensed = editor.send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(null, "Atelier numérique itinérant " + word,
                        "licence", "etalab-2.0"))));
        assertEquals(200, relicensed.status(), relicensed.toString());
        JsonObject history = editor.get("/api/resources/" + slug + "/history").json();
        List<String> actions = history.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("action")).toList();
        assertEquals(List.of("modifiée", "publiée", "modifiée et soumise à nouveau", "changement demandé", "proposée"),
                actions);
        JsonObject latest = history.getJsonArray("items").getJsonObject(0);
        assertTrue(latest.getBoolean("flagged"), "licence change flagged: " + latest);
        assertEquals("Ajoutez le coût du bus et la fréquence des passages.",
                history.getJsonArray("items").getJsonObject(3).getString("comment"));
        Http.Reply historyPage = editor.get("/ressources/moderation/historique/" + slug);
        assertEquals(200, historyPage.status());
        assertTrue(historyPage.body().contains("Licence modifiée") && historyPage.body().contains("changement demandé"));
        assertEquals(403, as("participant").get("/api/resources/" + slug + "/history").status());
    }

    @Test
    void listFiltersSearchBoxEmptyStateAndPaginationKeepingFilters() {
        String word = word();
        for (int i = 0; i < 21; i++) {
            insertPublished(unique("lot"), "Lot " + i, "", "", " " + word + " lot ");
        }
        Http.Reply first = http().get("/ressources?q=" + word + "&licence=CC-BY-4.0");
        assertEquals(200, first.status());
        assertTrue(first.body().contains("21 ressources correspondant aux critères"), first.body());
        assertTrue(first.body().contains("href=\"/ressources?q=" + word + "&amp;licence=CC-BY-4.0&amp;page=2\""),
                "next page keeps the filters");
        Http.Reply second = http().get("/ressources?q=" + word + "&licence=CC-BY-4.0&page=2");
        assertTrue(second.body().contains("href=\"/ressources?q=" + word + "&amp;licence=CC-BY-4.0\""),
                "previous page keeps the filters");
        assertEquals(21, http().get("/api/resources?q=" + word.toUpperCase() + "&size=5").json().getInt("total"),
                "the search box ignores case");
        assertEquals(0, http().get("/api/resources?q=" + word + "&licence=etalab-2.0").json().getInt("total"));
        assertTrue(http().get("/api/resources?q=num%C3%A9rique%20pass").json().getInt("total") > 0, "accents folded");

        Http.Reply empty = http().get("/ressources?q=zzzqqqxx");
        assertTrue(empty.body().contains("Aucune ressource ne correspond à ces critères."), empty.body());
        assertTrue(empty.body().contains("/recherche?"));

        Http.Reply badFilter = http().get("/api/resources?licence=GPL&level=canton");
        assertEquals(400, badFilter.status());
        assertEquals("application/problem+json", badFilter.contentType());
        assertTrue(badFilter.body().contains("licence") && badFilter.body().contains("level"));
        assertEquals(400, http().get("/ressources?type=roman").status());
        assertEquals(400, http().get("/ressources?page=abc").status());
    }

    @Test
    void theResourcePageShowsLicenceProducerLinkAndDates() {
        Http.Reply page = http().get("/ressources/pix-evaluer-competences-numeriques");
        assertEquals(200, page.status());
        String body = page.body();
        assertTrue(body.contains("Réutilisable sous licence Licence Ouverte 2.0"), "licence block");
        assertTrue(body.contains("href=\"https://pix.fr\""), "external link");
        assertTrue(body.contains("Produite par"), "producer");
        assertTrue(body.contains("min de lecture") && body.contains("Niveau : National"));
        assertTrue(body.contains("Connectez-vous</a> pour signaler"), "report needs signing in");
        JsonObject api = http().get("/api/resources/pix-evaluer-competences-numeriques").json();
        assertEquals("https://pix.fr", api.getString("externalUrl"));
        assertEquals("national", api.getJsonObject("level").getString("code"));
        assertEquals("Licence Ouverte / Open Licence 2.0", api.getString("licenceName"));

        Http.Reply passNumerique = http().get("/ressources/pass-numerique");
        assertTrue(passNumerique.body().contains("<strong>Pass numérique</strong>"), "Markdown rendered");
        assertTrue(passNumerique.body().contains("Financement et Pass numérique") && passNumerique.body().contains("Élus"));
        assertEquals(List.of("reperage-orientation", "financement-pass-numerique"), http().get("/api/resources/pass-numerique")
                .json().getJsonArray("themes").getValuesAs(JsonObject.class).stream().map(t -> t.getString("code"))
                .toList(), "vocabulary order");
        assertEquals(404, http().get("/ressources/n-existe-pas").status());
    }

    @Test
    void openDataExportListsEveryPublishedResourceWithItsLicence() {
        int published = http().get("/api/resources?size=1").json().getInt("total");
        Http.Reply csv = http().get("/api/resources/export.csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals("slug,titre,resume,type,themes,publics,niveau_territorial,producteur,producteur_url,lien_externe,"
                + "licence,licence_nom,licence_url,url,publiee_le,mise_a_jour_le", lines[0]);
        assertTrue(csv.body().contains("pass-numerique,"), "a seed resource");
        assertTrue(csv.body().contains(",etalab-2.0,Licence Ouverte / Open Licence 2.0,"), "licence with its name");

        Http.Reply json = http().get("/api/resources/export.json");
        assertEquals(200, json.status(), json.toString());
        JsonArray items = json.json().getJsonArray("items");
        assertTrue(items.size() >= published - 5 && items.size() >= 31, "items: " + items.size());
        JsonObject pix = items.getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("slug").equals("pix-evaluer-competences-numeriques")).findFirst().orElseThrow();
        assertEquals("etalab-2.0", pix.getString("licence"));
        assertEquals("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", pix.getString("licence_url"));
        assertTrue(pix.getString("url").endsWith("/ressources/pix-evaluer-competences-numeriques"));
    }

    /** Anyone may propose a title; opened in a spreadsheet, the export must show it, never run it. */
    @Test
    void theCsvExportDefusesFormulasAndLeavesProposalsOut() {
        String formula = unique("formule");
        Http.Reply created = as("editrice").postJson("/api/resources", Json.createObjectBuilder().add("slug", formula)
                .add("title", "=HYPERLINK(\"http://pirate.exemple/\";\"Cliquez\")").add("summary", "+33 1 23 45 67 89")
                .add("producer", "@SUM(A1:A9)").add("type", "outil").add("status", "published").build().toString());
        assertEquals(201, created.status(), created.toString());
        String proposal = propose("participant");
        String csv = http().get("/api/resources/export.csv").body();
        String row = csv.lines().filter(l -> l.startsWith(formula + ",")).findFirst().orElseThrow();
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://pirate.exemple/\"\";\"\"Cliquez\"\")\","), row);
        assertTrue(row.contains(",'+33 1 23 45 67 89,"), row);
        assertTrue(row.contains(",'@SUM(A1:A9),"), row);
        assertFalse(csv.contains(proposal), "a proposal is not open data");
        JsonObject item = http().get("/api/resources/export.json").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("slug").equals(formula)).findFirst()
                .orElseThrow();
        assertEquals("=HYPERLINK(\"http://pirate.exemple/\";\"Cliquez\")", item.getString("titre"), "JSON keeps data as is");
        assertFalse(http().get("/api/resources/export.json").body().contains(proposal));
    }

    /** Two people asking for one slug at the same moment: one gets it, the other a conflict, never a server error. */
    @Test
    void concurrentCreationsOfOneSlugGiveOneCreatedAndConflicts() throws Exception {
        int callers = 6;
        for (boolean requested : List.of(true, false)) {
            String slug = unique("course");
            String title = "Course au même identifiant " + slug;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(callers);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            try {
                List<java.util.concurrent.Future<Http.Reply>> replies = new java.util.ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    Http caller = as(i % 2 == 0 ? "participant" : "membre");
                    replies.add(pool.submit(() -> {
                        start.await();
                        return caller.postJson("/api/resources", json(requested ? slug : null, title));
                    }));
                }
                List<Integer> statuses = new java.util.ArrayList<>();
                int raced = 0;
                for (var reply : replies) {
                    Http.Reply r = reply.get();
                    statuses.add(r.status());
                    assertTrue(r.status() == 201 || r.status() == 409, (requested ? slug : title) + " → " + r);
                    raced += r.body().contains("au même moment") ? 1 : 0;
                }
                // Informative only: how many lost at the database's unique constraint rather than at the check before.
                System.out.println("ResourcesIT : " + callers + " créations simultanées (" + (requested
                        ? "identifiant demandé" : "identifiant tiré du titre") + ") : " + statuses + ", dont " + raced
                        + " arrêtée(s) par la contrainte d'unicité");
                if (requested) {
                    assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
                    assertEquals(1, countWhere("slug = ?", slug));
                } else {
                    assertEquals(statuses.stream().filter(st -> st == 201).count(), countWhere("title = ?", title),
                            "each creation under its own numbered slug: " + statuses);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * A proposal exists only for its author and the editors: not in the listing, the export, search, another
     * reader's "related" block, its pages or its history; reporting it is not possible either.
     */
    @Test
    void aProposalStaysHiddenFromEveryoneButItsAuthorAndTheEditors() {
        String words = word() + " " + word() + " " + word() + " " + word();
        String published = unique("voisine");
        assertEquals(201, as("editrice").postJson("/api/resources", json(published, "Voisine publiée",
                "summary", "Ressource publiée " + words, "body", "Contenu partagé : " + words, "status", "published"))
                .status());
        String proposal = propose("participant", "summary", "Proposition voisine " + words, "body",
                "Contenu partagé : " + words);
        String first = words.split(" ")[0];
        Await.until("both indexed", SEARCH_BOUND, () -> total(as("editrice"), first) == 2);
        assertEquals(1, total(http(), first), "anonymous search finds the published one only");
        assertEquals(1, total(as("membre"), first), "so does another member");
        assertEquals(2, total(as("participant"), first), "the author finds their proposal");
        assertFalse(http().get("/api/search?q=" + first + "&size=50").body().contains(proposal));

        String related = "/ressources/" + proposal;
        Await.until("the author sees their proposal as related", SEARCH_BOUND,
                () -> as("participant").get("/ressources/" + published).body().contains("href=\"" + related + "\""));
        assertFalse(http().get("/ressources/" + published).body().contains(related), "not in the public's related block");
        assertFalse(as("membre").get("/ressources/" + published).body().contains(related), "nor another member's");

        assertFalse(http().get("/api/resources?q=" + first).body().contains(proposal), "not in the listing");
        assertFalse(as("editrice").get("/ressources?q=" + first).body().contains(proposal), "listing: published only");
        for (String path : List.of("/api/resources/" + proposal, "/ressources/" + proposal)) {
            assertEquals(404, http().get(path).status(), path);
            assertEquals(404, as("membre").get(path).status(), path);
            assertEquals(200, as("participant").get(path).status(), path);
            assertEquals(200, as("editrice").get(path).status(), path);
        }
        assertEquals(404, as("membre").get("/ressources/" + proposal + "/modifier").status());
        assertEquals(303, http().get("/ressources/" + proposal + "/modifier").status(), "anonymous: sign in first");
        assertEquals(200, as("participant").get("/ressources/" + proposal + "/modifier").status());
        assertEquals(303, http().get("/ressources/proposer").status(), "anonymous: sign in first");
        assertEquals(403, as("participant").get("/api/resources/" + proposal + "/history").status());
        assertEquals(403, as("participant").get("/ressources/moderation/historique/" + proposal).status());
        assertEquals(404, as("participant").postJson("/api/resources/" + proposal + "/reports",
                "{\"reason\":\"autre\",\"details\":\"x\"}").status(), "only published resources are reported");
        // Someone else acting on it changes nothing, whatever the way in.
        long history = historyCount(proposal);
        assertEquals(404, put("membre", proposal, json(null, "Détournée")).status());
        assertEquals(404, as("membre").post("/api/resources/" + proposal + "/files?nom=annexe.pdf",
                "application/octet-stream", SampleFiles.pdf("Annexe")).status());
        assertEquals(403, as("membre").postJson("/api/resources/" + proposal + "/publish", "{}").status());
        assertEquals(403, as("participant").postJson("/api/resources/" + proposal + "/publish", "{}").status(),
                "nor may its author publish it");
        assertTrue(hasStatus(proposal, "proposed"));
        assertEquals(history, historyCount(proposal));
    }

    @Test
    void readersReportAndEditorsCloseReports() {
        String target = publishedToReport();
        Http.Reply refused = as("participant").postJson("/api/resources/" + target + "/reports",
                "{\"reason\":\"farfelu\",\"details\":\"\"}");
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("reason") && refused.body().contains("details"));
        String details = "Le lien <script>alert('x')</script> ne marche plus " + word();
        Http.Reply created = as("participant").postJson("/api/resources/" + target + "/reports",
                Json.createObjectBuilder().add("reason", "lien-casse").add("details", details).build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(as("editrice").get("/api/resources/moderation/reports?size=100").body().contains("\"id\":" + id));
        Http.Reply queue = as("editrice").get("/ressources/moderation/signalements");
        assertEquals(200, queue.status());
        assertFalse(queue.body().contains("<script>alert('x')"), "escaped");
        assertTrue(queue.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertEquals(404, as("participant").postJson("/api/resources/n-existe-pas/reports",
                "{\"reason\":\"autre\",\"details\":\"x\"}").status());

        // One open report per person and resource: a second one is refused and stores nothing.
        long reports = TestDatabase.count("SELECT COUNT(*) FROM resources_report");
        Http.Reply again = as("participant").postJson("/api/resources/" + target + "/reports",
                "{\"reason\":\"autre\",\"details\":\"Encore le même problème\"}");
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.body().contains("déjà signalé cette ressource"), again.body());
        assertEquals(reports, TestDatabase.count("SELECT COUNT(*) FROM resources_report"));

        // Through the page form as well, refusals included.
        String other = publishedToReport();
        Browser browser = signIn("membre", "/ressources/" + other);
        Http.Reply sent = browser.http().postForm("/ressources/" + other + "/signaler", "_csrf", browser.csrf(),
                "reason", "information-perimee", "details", "Les montants ont changé.");
        assertEquals(303, sent.status(), sent.toString());
        assertTrue(browser.http().follow(sent).body().contains("votre signalement a été transmis"));
        Http.Reply twice = browser.http().postForm("/ressources/" + other + "/signaler", "_csrf", browser.csrf(),
                "reason", "information-perimee", "details", "Les montants ont <b>encore</b> changé.");
        assertEquals(409, twice.status(), twice.toString());
        assertTrue(twice.body().contains("Le signalement n'a pas été envoyé : vous avez déjà signalé"), twice.body());
        assertTrue(twice.body().contains("Les montants ont &lt;b&gt;encore&lt;/b&gt; changé."), "kept, escaped");
        Http.Reply empty = browser.http().postForm("/ressources/" + publishedToReport() + "/signaler", "_csrf",
                browser.csrf(), "reason", "", "details", "");
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("Le signalement n'a pas été envoyé"), empty.body());

        Http.Reply closed = as("editrice").post("/api/resources/moderation/reports/" + id + "/close", "application/json", "");
        assertEquals(200, closed.status(), closed.toString());
        assertFalse(as("editrice").get("/api/resources/moderation/reports?size=100").body().contains("\"id\":" + id + ","));
        assertEquals(201, as("participant").postJson("/api/resources/" + target + "/reports",
                "{\"reason\":\"autre\",\"details\":\"Un autre problème, plus tard\"}").status(),
                "once the report is closed, its author may report again");
        Http.Reply unknown = as("editrice").post("/api/resources/moderation/reports/999999999/close", "application/json", "");
        assertEquals(404, unknown.status(), unknown.toString());
        Http.Reply notANumber = as("editrice").post("/api/resources/moderation/reports/abc/close", "application/json", "");
        assertEquals(400, notANumber.status(), notANumber.toString());
        assertTrue(notANumber.body().contains("Paramètre invalide"), notANumber.body());

        // At most ten open reports per person in all: one account cannot flood the editors' queue.
        String flooder = "accueil";
        long open = TestDatabase.count("SELECT COUNT(*) FROM resources_report r WHERE r.closed_at IS NULL AND "
                + "r.reporter_subject = ?", TestKeycloak.claims(token(flooder)).getString("sub"));
        for (long i = open; i < 10; i++) {
            assertEquals(201, as(flooder).postJson("/api/resources/" + publishedToReport() + "/reports",
                    "{\"reason\":\"autre\",\"details\":\"Signalement " + i + "\"}").status());
        }
        Http.Reply flood = as(flooder).postJson("/api/resources/" + publishedToReport() + "/reports",
                "{\"reason\":\"autre\",\"details\":\"Un de trop\"}");
        assertEquals(409, flood.status(), flood.toString());
        assertTrue(flood.body().contains("10 signalements en attente"), flood.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resources_report WHERE details = 'Un de trop'"));
    }

    @Test
    void linkCheckerMarksBrokenLinksForEditorsAndDatesWorkingOnes() throws Exception {
        // Every local address, so that 127.0.0.2 (not in PASSERELLE_LINK_CHECK_HOSTS) would reach it if requested.
        HttpServer server = HttpServer.create(new InetSocketAddress(0), 0);
        List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            String p = exchange.getRequestURI().getPath();
            requested.add(p);
            int status = p.startsWith("/ok") ? 200 : p.startsWith("/sans-head")
                    ? ("HEAD".equals(exchange.getRequestMethod()) ? 405 : 200)
                    : p.startsWith("/ailleurs") || p.startsWith("/vers-interne") ? 302 : 404;
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", p.startsWith("/ailleurs") ? "/ok/arrivee"
                        : "http://127.0.0.2:" + exchange.getLocalAddress().getPort() + "/interne/admin");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String site = "http://127.0.0.1:" + server.getAddress().getPort();
            String ok = unique("lien-ok");
            String headless = unique("lien-get");
            String moved = unique("lien-redirige");
            String broken = unique("lien-casse");
            String inward = unique("lien-vers-interne");
            for (String[] r : new String[][] {{ok, site + "/ok/" + ok}, {headless, site + "/sans-head/" + headless},
                    {moved, site + "/ailleurs/" + moved}, {broken, site + "/disparu/" + broken},
                    {inward, site + "/vers-interne/" + inward}}) {
                Http.Reply created = as("editrice").postJson("/api/resources", json(r[0], "Lien " + r[0], "status",
                        "published", "externalUrl", r[1]));
                assertEquals(201, created.status(), created.toString());
            }
            Http.Reply run = http().post("/api/test-probe/jobs/resources-link-check", "application/json", "");
            assertEquals(204, run.status(), run.toString());

            JsonObject list = as("editrice").get("/api/resources/moderation/broken-links?size=100").json();
            List<String> brokenSlugs = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getString("resource")).toList();
            assertTrue(brokenSlugs.contains(broken), brokenSlugs.toString());
            assertTrue(brokenSlugs.contains(inward), "a redirect to an address not allowed is not followed");
            assertTrue(list.toString().contains("redirection refusée"), list.toString());
            assertFalse(requested.stream().anyMatch(p -> p.startsWith("/interne")), requested.toString());
            assertFalse(brokenSlugs.contains(ok) || brokenSlugs.contains(headless) || brokenSlugs.contains(moved),
                    brokenSlugs.toString());
            assertTrue(as("editrice").get("/ressources/moderation/liens-casses").body().contains("le serveur répond HTTP 404"));
            assertTrue(http().get("/ressources/" + ok).body().contains("Lien vérifié le"), "working link dated");
            assertTrue(http().get("/ressources/" + broken).body().contains("le site ne répondait pas"));
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM resources_link WHERE url LIKE 'https://pix.fr%'"),
                    "hosts outside PASSERELLE_LINK_CHECK_HOSTS are never requested by the tests");
            assertEquals(403, as("participant").get("/api/resources/moderation/broken-links").status());
        } finally {
            server.stop(0);
        }
    }

    // --------------------------------------------------------------------------------------------- bad input

    @Test
    void badInputIsRefusedInFrenchAndNothingIsHalfSaved() {
        long before = countWhere("1 = 1");
        for (String body : List.of(json(null, ""), json(null, "x".repeat(10_000)),
                json(null, "Licence fantaisiste", "licence", "GPL-3.0"),
                json(null, "Lien piégé", "body", "[clic](javascript:alert(1))"),
                json(null, "Lien piégé", "externalUrl", "javascript:alert(1)"),
                json(null, "Lien piégé", "producer", "X", "producerUrl", "javascript:alert(1)"),
                json(null, "Niveau", "level", "canton"),
                json(null, "Lien piégé", "externalUrl", "https://exemple.fr/\"><script>alert(1)</script>"),
                json(null, "Image piégée", "body", "![x](data:image/svg+xml;base64,PHN2Zz4=)"))) {
            Http.Reply r = as("participant").postJson("/api/resources", body);
            assertEquals(400, r.status(), body + " → " + r);
            assertEquals("application/problem+json", r.contentType());
            assertTrue(r.body().contains("Données invalides") && r.body().contains("\"errors\""), r.body());
        }
        // Control characters, in a line and in a text; broken or mistyped JSON; another content type.
        for (String body : List.of(json(null, "Titre\u0007sonore"), json(null, "Titre", "summary", "Nul\u0000ici"),
                json(null, "Sur deux\nlignes"), json(null, "Titre", "producer", "Prod\u001b[31m"))) {
            Http.Reply r = as("participant").postJson("/api/resources", body);
            assertEquals(400, r.status(), body + " → " + r);
            assertTrue(r.body().contains("caractère de contrôle"), r.body());
        }
        for (String body : List.of("{\"title\":", "[1,2]", "\"titre\"", "{\"title\":\"T\",\"type\":\"guide\",\"themes\":\"x\"}",
                "{\"title\":{\"a\":1},\"type\":\"guide\"}", "")) {
            Http.Reply r = as("participant").postJson("/api/resources", body);
            assertEquals(400, r.status(), body + " → " + r);
            assertEquals("application/problem+json", r.contentType(), body);
            assertFalse(r.body().contains("Exception"), "no Java internals: " + r.body());
        }
        Http.Reply text = as("participant").post("/api/resources", "text/plain", json(null, "En texte brut"));
        assertEquals(415, text.status(), text.toString());
        assertTrue(text.body().contains("Type de contenu non pris en charge"), text.body());
        Http.Reply urlEncoded = as("participant").post("/api/resources", "application/x-www-form-urlencoded",
                "title=Formulaire");
        assertEquals(415, urlEncoded.status(), urlEncoded.toString());
        assertEquals(before, countWhere("1 = 1"), "nothing stored");

        // Unknown ids answer 404 everywhere, page numbers beyond the last page an empty page (never a 500).
        Http editorial = as("editrice");
        for (String path : List.of("/api/resources/n-existe-pas", "/api/resources/n-existe-pas/history",
                "/ressources/n-existe-pas/modifier", "/ressources/moderation/historique/n-existe-pas",
                "/fichiers/999999999/rien.pdf", "/api/paths/n-existe-pas")) {
            assertEquals(404, editorial.get(path).status(), path);
        }
        for (String action : List.of("publish", "unpublish", "request-changes", "reject")) {
            assertEquals(404, editorial.postJson("/api/resources/n-existe-pas/" + action, "{\"comment\":\"x\"}")
                    .status(), action);
        }
        assertEquals(404, put("editrice", "n-existe-pas", json(null, "Fantôme")).status());
        assertEquals(404, editorial.send(java.net.http.HttpRequest.newBuilder(http().uri(
                "/api/resources/pass-numerique/files/999999999")).DELETE()).status());
        assertEquals(0, countWhere("slug = 'n-existe-pas'"));
        for (String path : List.of("/api/resources?page=2147483647&size=100", "/api/resources?page=2147483647&q=pass",
                "/api/paths?page=2147483647", "/api/resources/moderation/queue?page=2147483647&size=100",
                "/api/resources/moderation/reports?page=2147483647", "/api/resources/moderation/broken-links?page=2147483647",
                "/api/resources/pass-numerique/history?page=2147483647")) {
            Http.Reply r = editorial.get(path);
            assertEquals(200, r.status(), path + " → " + r);
            assertTrue(r.json().getJsonArray("items").isEmpty(), path);
        }
        for (String path : List.of("/ressources?page=2147483647", "/ressources/moderation?page=2147483647",
                "/ressources/moderation/signalements?page=2147483647", "/ressources/moderation/liens-casses?page=2147483647")) {
            assertEquals(200, editorial.get(path).status(), path);
        }
        assertEquals(400, http().get("/api/resources?page=99999999999").status(), "beyond an int: refused, named");
        assertEquals(400, http().get("/ressources?page=-3").status());

        String slug = propose("participant");
        Http.Reply clash = as("participant").postJson("/api/resources", json(slug, "Autre"));
        assertEquals(409, clash.status());
        assertTrue(clash.body().contains("déjà utilisé"));
        Http.Reply reserved = as("participant").postJson("/api/resources", json("moderation", "Réservé"));
        assertEquals(409, reserved.status(), "page addresses are not slugs");
        String derived = as("participant").postJson("/api/resources", json(null, "Proposer")).json().getString("slug");
        assertTrue(derived.startsWith("proposer-"), "a title naming a page gets a number: " + derived);

        // Another user's proposal: not found; a failed edit changes nothing.
        Http.Reply other = as("membre").send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(null, "Détournée"))));
        assertEquals(404, other.status(), other.toString());
        Http.Reply halfBad = as("participant").send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(null, "Nouveau titre", "licence", "GPL"))));
        assertEquals(400, halfBad.status());
        assertEquals(1, countWhere("slug = ? AND title = ?", slug, "Proposition " + slug), "title unchanged");
        assertEquals(1, historyCount(slug), "only the proposal is in the history");

        // HTML and script in every text field: stored as text, shown escaped.
        String hostile = unique("hostile");
        Http.Reply created = as("editrice").postJson("/api/resources", Json.createObjectBuilder()
                .add("slug", hostile).add("title", "<script>alert('titre')</script>")
                .add("summary", "<img src=x onerror=alert(1)>").add("type", "guide")
                .add("body", "Paragraphe <script>alert('corps')</script> <a href=\"javascript:alert(2)\">lien</a>")
                .add("producer", "<b onmouseover=alert(3)>Prod</b>").add("status", "published").build().toString());
        assertEquals(201, created.status(), created.toString());
        // A reviewer's comment is shown to the proposer and in the history: escaped there too.
        String commented = propose("participant", "summary", "<script>alert('resume')</script>");
        assertEquals(200, as("editrice").postJson("/api/resources/" + commented + "/request-changes",
                "{\"comment\":\"<script>alert('commentaire')</script>\"}").status());
        String ownPage = as("participant").get("/ressources/" + commented).body();
        assertTrue(ownPage.contains("&lt;script&gt;alert(&#39;commentaire&#39;)&lt;/script&gt;"), ownPage);
        for (String path : List.of("/ressources/" + hostile, "/ressources?q=titre", "/ressources/" + hostile + "/modifier",
                "/ressources/moderation/historique/" + hostile, "/ressources/moderation/historique/" + commented,
                "/ressources/moderation", "/ressources/" + commented)) {
            String page = as("editrice").get(path).body();
            assertFalse(page.contains("<script>alert"), path + ": no script element from content");
            assertFalse(page.contains("<img src=x"), path);
            assertFalse(page.contains("<b onmouseover"), path);
            assertFalse(page.contains("href=\"javascript:"), path);
        }
        assertTrue(http().get("/ressources/" + hostile).body()
                .contains("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;"), "title escaped");
        assertEquals("<script>alert('titre')</script>", http().get("/api/resources/" + hostile).json().getString("title"),
                "the API returns data, not HTML");

        // The page form shows errors next to the fields, keeps what was typed (escaped), saves nothing.
        Browser browser = signIn("participant", "/ressources/proposer");
        long count = countWhere("1 = 1");
        Http.Reply form = browser.http().postForm("/ressources/proposer", "_csrf", browser.csrf(),
                "title", "<script>alert('f')</script>", "type", "guide", "licence", "inconnue",
                "externalUrl", "javascript:alert(1)", "body", "[x](javascript:alert(1))");
        assertEquals(400, form.status(), form.toString());
        assertTrue(form.body().contains("Le formulaire contient des erreurs"));
        assertTrue(form.body().contains("La licence est inconnue"));
        assertTrue(form.body().contains("Le lien doit être une adresse web complète"));
        assertTrue(form.body().contains("value=\"&lt;script&gt;alert(&#39;f&#39;)&lt;/script&gt;\""), form.body());
        assertEquals(count, countWhere("1 = 1"));
        assertEquals(403, http().browser().postForm("/ressources/proposer", "title", "Sans jeton", "type", "guide")
                .status(), "a form without its token is refused");
    }

    @Test
    void aProposalCarriesThemesAudiencesItsProposerAndAnnouncesItselfToSearch() {
        String slug = unique("themes");
        String token = token("participant");
        Http.Reply created = new Http(base).withBearer(token).postJson("/api/resources", "{\"slug\":\"" + slug
                + "\",\"title\":\"Repérer les publics 😀\",\"type\":\"fiche-pratique\",\"themes\":[\"reperage-orientation\","
                + "\"strategie-territoriale\",\"reperage-orientation\"],\"audiences\":[\"travailleurs-sociaux\"]}");
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/resources/" + slug));
        JsonObject json = created.json();
        assertEquals("proposed", json.getString("status"));
        assertEquals("Repérer les publics 😀", json.getString("title"));
        assertEquals("etalab-2.0", json.getString("licence"), "default licence");
        assertEquals("strategie-territoriale", json.getJsonArray("themes").getJsonObject(0).getString("code"),
                "vocabulary order, duplicates dropped");
        assertEquals(2, json.getJsonArray("themes").size());
        assertTrue(!json.containsKey("level") || json.isNull("level"), "no level given");

        long id = json.getJsonNumber("id").longValue();
        String subject = TestKeycloak.claims(token).getString("sub");
        assertEquals(1, countWhere("id = ? AND proposed_by = ?", id, subject));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_event WHERE topic = ? AND payload = ?",
                SearchChanges.TOPIC, SearchChanges.payload("resource", String.valueOf(id))));
        assertEquals(404, http().get("/api/resources/" + slug).status(), "not public before publication");
        assertFalse(http().get("/api/resources?size=100").body().contains(slug));
    }

    @Test
    void refusedFilesAreReportedInFrenchAndNothingIsStored() throws Exception {
        String slug = propose("participant");
        long files = TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment");
        record Bad(String name, byte[] bytes) {
        }
        for (Bad bad : List.of(new Bad("photo.pdf", SampleFiles.image("jpeg", 40)), new Bad("guide.docx", docxBomb(300L << 20)),
                new Bad("vide.pdf", new byte[0]))) {
            Http.Reply r = as("participant").post("/api/resources/" + slug + "/files?nom="
                    + URLEncoder.encode(bad.name(), StandardCharsets.UTF_8), "application/octet-stream", bad.bytes());
            assertEquals(400, r.status(), bad.name() + " → " + r);
            assertEquals("application/problem+json", r.contentType());
            assertTrue(r.body().contains("\"fichier\""), r.body());
        }
        byte[] huge = new byte[25 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 9);
        Http.Reply tooLarge = as("participant").post("/api/resources/" + slug + "/files?nom=gros.pdf",
                "application/octet-stream", huge);
        assertTrue(tooLarge.status() == 413 || tooLarge.status() == 400, tooLarge.toString());
        assertEquals(files, TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment"), "nothing stored");

        // Through the page form: a proposal with a refused file is not stored either.
        Browser browser = signIn("participant", "/ressources/proposer");
        String title = "Proposition au fichier piégé " + word();
        Http.Reply form = browser.http().post("/ressources/proposer", SampleFiles.MULTIPART, SampleFiles.multipart(
                field("_csrf", browser.csrf()), field("title", title), field("type", "guide"),
                field("licence", "etalab-2.0"), Part.file("photo.pdf", "application/pdf", SampleFiles.image("jpeg", 40))));
        assertEquals(400, form.status(), form.toString());
        assertTrue(form.body().contains("Le fichier"), form.body());
        assertEquals(0, countWhere("title = ?", title), "no half-saved proposal");
        Http.Reply hugeForm = browser.http().post("/ressources/proposer", SampleFiles.MULTIPART, SampleFiles.multipart(
                field("_csrf", browser.csrf()), field("title", title), field("type", "guide"),
                Part.file("gros.pdf", "application/pdf", huge)));
        assertTrue(hugeForm.status() == 413 || hugeForm.status() == 400, hugeForm.toString());
        assertEquals(0, countWhere("title = ?", title));

        // Who may attach: the proposer while pending, editors; nobody once published but editors.
        byte[] pdf = SampleFiles.pdf("Annexe");
        for (String[] row : new String[][] {{null, "401"}, {"membre", "404"}, {"participant", "201"}, {"editrice", "201"}}) {
            long before = TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment");
            Http.Reply r = as(row[0]).post("/api/resources/" + slug + "/files?nom=annexe.pdf", "application/octet-stream", pdf);
            assertEquals(Integer.parseInt(row[1]), r.status(), "attach as " + row[0] + ": " + r);
            assertEquals(before + (r.status() == 201 ? 1 : 0), TestDatabase.count("SELECT COUNT(*) FROM kernel_attachment"));
        }
        assertEquals(200, as("editrice").post("/api/resources/" + slug + "/publish", "application/json", "").status());
        assertEquals(403, as("participant").post("/api/resources/" + slug + "/files?nom=annexe.pdf",
                "application/octet-stream", pdf).status(), "published: editors only");
        long id = as("editrice").get("/api/resources/" + slug).json().getJsonArray("attachments").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(403, as("participant").send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug
                + "/files/" + id)).DELETE()).status());
        assertEquals(204, as("editrice").send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug
                + "/files/" + id)).DELETE()).status());
        assertTrue(as("editrice").get("/api/resources/" + slug + "/history").body().contains("pièce jointe retirée"));
    }

    /** A "DOCX" whose document part inflates to {@code inflated} bytes of zeros: a few hundred kilobytes sent. */
    static byte[] docxBomb(long inflated) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflated; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------------------------ authorisation

    /** Write endpoints × callers → status; the database checked unchanged whenever the call is refused. */
    @Test
    void authorisationMatrix() {
        record Row(String caller, int expected) {
        }
        // POST /api/resources
        for (Row row : List.of(new Row(null, 401), new Row("participant", 201), new Row("nantes", 201),
                new Row("secretariat", 201), new Row("editrice", 201), new Row("admin", 201))) {
            String slug = unique("matrice");
            Http.Reply reply = as(row.caller()).postJson("/api/resources", json(slug, "Proposition de " + row.caller()));
            assertEquals(row.expected(), reply.status(), "POST /api/resources as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 201 ? 1 : 0, countWhere("slug = ?", slug), "stored only when allowed");
        }
        // POST /api/resources with "status":"published"
        for (Row row : List.of(new Row(null, 401), new Row("participant", 403), new Row("nantes", 403),
                new Row("editrice", 201), new Row("admin", 201))) {
            String slug = unique("matrice-pub");
            Http.Reply reply = as(row.caller()).postJson("/api/resources", json(slug, "Publiée", "status", "published"));
            assertEquals(row.expected(), reply.status(), "POST /api/resources published as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 201 ? 1 : 0, countWhere("slug = ? AND status = 'published'", slug));
        }
        // PUT /api/resources/{slug} on participant's pending proposal, then on a published resource
        for (Row row : List.of(new Row(null, 401), new Row("membre", 404), new Row("nantes", 404),
                new Row("participant", 200), new Row("editrice", 200), new Row("admin", 200))) {
            String slug = propose("participant");
            Http.Reply reply = put(row.caller(), slug, json(null, "Modifiée par " + row.caller()));
            assertEquals(row.expected(), reply.status(), "PUT pending as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 200 ? 1 : 0, countWhere("slug = ? AND title = ?", slug,
                    "Modifiée par " + row.caller()));
        }
        for (Row row : List.of(new Row(null, 401), new Row("participant", 403), new Row("editrice", 200))) {
            String slug = propose("participant");
            assertEquals(200, as("editrice").post("/api/resources/" + slug + "/publish", "application/json", "").status());
            Http.Reply reply = put(row.caller(), slug, json(null, "Modifiée après publication"));
            assertEquals(row.expected(), reply.status(), "PUT published as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 200 ? 1 : 0, countWhere("slug = ? AND title = ?", slug,
                    "Modifiée après publication"));
        }
        // Review decisions: publish, request-changes, reject on a fresh proposal; unpublish on a published one
        Map<String, String> from = Map.of("publish", "proposed", "request-changes", "proposed", "reject", "proposed",
                "unpublish", "published");
        Map<String, String> to = Map.of("publish", "published", "request-changes", "changes-requested",
                "reject", "rejected", "unpublish", "unpublished");
        for (String action : List.of("publish", "request-changes", "reject", "unpublish")) {
            for (Row row : List.of(new Row(null, 401), new Row("participant", 403), new Row("membre", 403),
                    new Row("nantes", 403), new Row("secretariat", 403), new Row("editrice", 200), new Row("admin", 200))) {
                String slug = propose("participant");
                if (action.equals("unpublish")) {
                    as("editrice").post("/api/resources/" + slug + "/publish", "application/json", "");
                }
                long history = historyCount(slug);
                Http.Reply reply = as(row.caller()).postJson("/api/resources/" + slug + "/" + action,
                        "{\"comment\":\"Motif de la décision\"}");
                assertEquals(row.expected(), reply.status(), "POST " + action + " as " + row.caller() + ": " + reply);
                assertTrue(hasStatus(slug, row.expected() == 200 ? to.get(action) : from.get(action)), action + " " + row);
                assertEquals(history + (row.expected() == 200 ? 1 : 0), historyCount(slug), "history only when done");
            }
        }
        // POST /api/resources/{slug}/reports
        for (Row row : List.of(new Row(null, 401), new Row("participant", 201), new Row("editrice", 201))) {
            String details = "Signalement " + UUID.randomUUID();
            Http.Reply reply = as(row.caller()).postJson("/api/resources/" + publishedToReport() + "/reports",
                    Json.createObjectBuilder().add("reason", "autre").add("details", details).build().toString());
            assertEquals(row.expected(), reply.status(), "POST reports as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 201 ? 1 : 0,
                    TestDatabase.count("SELECT COUNT(*) FROM resources_report WHERE details = ?", details));
        }
        // POST /api/resources/moderation/reports/{id}/close
        for (Row row : List.of(new Row(null, 401), new Row("participant", 403), new Row("nantes", 403),
                new Row("editrice", 200), new Row("admin", 200))) {
            long id = as("secretariat").postJson("/api/resources/" + publishedToReport() + "/reports",
                    "{\"reason\":\"autre\",\"details\":\"À clore\"}").json().getJsonNumber("id").longValue();
            Http.Reply reply = as(row.caller()).post("/api/resources/moderation/reports/" + id + "/close",
                    "application/json", "");
            assertEquals(row.expected(), reply.status(), "POST close as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 200 ? 1 : 0,
                    TestDatabase.count("SELECT COUNT(*) FROM resources_report WHERE id = ? AND closed_at IS NOT NULL", id));
        }
        // Editors' reading endpoints and pages
        for (String path : List.of("/api/resources/moderation/queue", "/api/resources/moderation/reports",
                "/api/resources/moderation/broken-links", "/api/resources/pass-numerique/history")) {
            assertEquals(401, http().get(path).status(), path);
            assertEquals(403, as("participant").get(path).status(), path);
            assertEquals(200, as("editrice").get(path).status(), path);
        }
        for (String path : List.of("/ressources/moderation", "/ressources/moderation/signalements",
                "/ressources/moderation/liens-casses", "/ressources/moderation/historique/pass-numerique")) {
            assertEquals(303, http().get(path).status(), "anonymous sent to sign in: " + path);
            assertEquals(403, as("participant").get(path).status(), path);
            assertEquals(200, as("editrice").get(path).status(), path);
        }
        // Page forms: anonymous visitors have no form token, so their posts are refused before anything else
        Http.Reply anonymousForm = http().browser().postForm("/ressources/proposer", "title", "Anonyme", "type", "guide");
        assertEquals(403, anonymousForm.status(), anonymousForm.toString());
        assertEquals(0, countWhere("title = 'Anonyme'"));
    }

    private Http.Reply put(String who, String slug, String body) {
        return as(who).send(java.net.http.HttpRequest.newBuilder(http().uri("/api/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }
}
