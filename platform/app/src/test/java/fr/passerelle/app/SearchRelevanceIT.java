package fr.passerelle.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.RandomWords;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search quality over the real seed content ({@code content/resources}), through the real WAR: what
 * mayors, aidants and agents type, and the resources they expect in the first five hits. The queries are
 * those of the resource centre (results of the type "Ressource"): initiatives and governance documents that
 * share the words rank among them in the unfiltered results, as they should.
 *
 * <p>The table says what a user would want, not what the engine happens to return: when a reasonable
 * expectation fails, the engine (synonyms, ranking) is what changes. Each case may also name
 * resources that must not be found at all (negations). On top of the table, a proposal waiting for
 * review, written to match many of these queries, must never show for an anonymous user nor for
 * another signed-in user, while its author finds it.
 */
@ExtendWith(ArquillianExtension.class)
class SearchRelevanceIT {

    /** A change made through the app is searchable within this. */
    static final Duration SOON = Duration.ofSeconds(30);

    /**
     * The seed import and its indexing at start, which may rebuild an index left by another test class
     * or database: generous, since the build machine runs other test suites meanwhile.
     */
    static final Duration STARTUP = Duration.ofSeconds(120);

    /** How deep "must appear" looks: the first page of results as a user sees it, top 5. */
    static final int TOP = 5;

    record Case(String query, List<String> top5, List<String> absent) {
        @Override
        public String toString() {
            return query + " → " + top5 + (absent.isEmpty() ? "" : " and never " + absent);
        }
    }

    static Case c(String query, String... top5) {
        return new Case(query, List.of(top5), List.of());
    }

    static Case c(String query, List<String> top5, String... absent) {
        return new Case(query, top5, List.of(absent));
    }

    static List<String> top(String... slugs) {
        return List.of(slugs);
    }

    static final List<Case> CASES = List.of(
            // Pass numérique: the name of the scheme, without accents, with an intent, by its other name.
            c("pass numérique", "pass-numerique", "financer-pass-numerique-collectivite",
                    "convention-lieu-pass-numerique"),
            c("pass numerique", "pass-numerique", "financer-pass-numerique-collectivite"),
            c("pass numerique financement", "financer-pass-numerique-collectivite", "pass-numerique"),
            c("chèque numérique", "pass-numerique"),
            c("pass numérique -convention", top("pass-numerique", "financer-pass-numerique-collectivite"),
                    "convention-lieu-pass-numerique"),
            c("modèle de convention", "convention-lieu-pass-numerique"),

            // A mayor of a small rural commune.
            c("médiation numérique petite commune", "mediation-numerique-petite-commune"),
            c("mediation numerique petite commune", "mediation-numerique-petite-commune"),
            c("petites communes rurales", "mediation-numerique-petite-commune"),
            c("secrétaire de mairie", "mediation-numerique-petite-commune"),
            c("médiateur numérique itinérant", "mediation-numerique-petite-commune",
                    "echelle-strategie-commune-intercommunalite-departement"),

            // Aidants Connect / FranceConnect: apart, joined, hyphenated.
            c("aidants connect", "aidants-connect-franceconnect-aidants"),
            c("Aidants-Connect", "aidants-connect-franceconnect-aidants"),
            c("aidantsconnect", "aidants-connect-franceconnect-aidants"),
            c("\"aidants connect\"", "aidants-connect-franceconnect-aidants"),
            c("France Connect", "aidants-connect-franceconnect-aidants"),
            c("franceconnect aidants", "aidants-connect-franceconnect-aidants"),
            c("aidant habilité", "aidants-connect-franceconnect-aidants"),

            // E-administration is written "dématérialisation" in the guides.
            c("e-administration", "dematerialisation-demarches-administratives"),
            c("administration en ligne", "dematerialisation-demarches-administratives",
                    "france-services-demarches-en-ligne"),
            c("dématérialsation des démarches", "dematerialisation-demarches-administratives"),

            // Illectronisme ↔ exclusion numérique ↔ fracture numérique.
            c("illectronisme", "illectronisme-chiffres-cles"),
            // Questions typed in full: no document holds every word, the closest come first.
            c("combien de français sont concernés par l'illectronisme", "illectronisme-chiffres-cles"),
            c("illectronsime", "illectronisme-chiffres-cles"),
            c("exclusion numérique", "illectronisme-chiffres-cles"),
            c("fracture numerique", "illectronisme-chiffres-cles",
                    "quartiers-prioritaires-avis-conseil-national-des-villes"),
            c("fracture numérique -rural", top("illectronisme-chiffres-cles"),
                    "mediation-numerique-petite-commune", "quartiers-prioritaires-avis-conseil-national-des-villes"),

            // Places: EPN, MSAP / France services, CCAS.
            c("EPN", "espace-public-numerique-epn", "cartographier-lieux-de-mediation"),
            c("espaces publics numériques", "espace-public-numerique-epn"),
            c("MSAP", "france-services-demarches-en-ligne"),
            c("maison de services au public", "france-services-demarches-en-ligne"),
            c("France services", "france-services-demarches-en-ligne"),
            c("CCAS", "cartographier-lieux-de-mediation"),
            c("centre communal d'action sociale", "cartographier-lieux-de-mediation"),
            c("cartographie des lieux de médiation", "cartographier-lieux-de-mediation"),
            c("orienter un usager", "orienter-vers-un-lieu-de-mediation"),

            // Training the people at the counter.
            c("former les agents", "former-les-agents-accueil-inclusion-numerique",
                    "mooc-mediation-numerique-mednum-cnfpt"),
            c("formation des agents d'accueil", "former-les-agents-accueil-inclusion-numerique"),
            c("travailleur social", "former-travailleurs-sociaux-numerique"),
            c("MOOC", "mooc-mediation-numerique-mednum-cnfpt"),
            c("formation en ligne", "mooc-mediation-numerique-mednum-cnfpt"),
            c("service civique", "service-civique-inclusion-numerique"),
            c("repérer les personnes en difficulté", "reperer-personnes-eloignees-du-numerique"),

            // Strategy and governance.
            c("construire une stratégie d'inclusion numérique", "strategie-locale-inclusion-numerique"),
            c("strategie inclusion numerique intercommunalite",
                    "echelle-strategie-commune-intercommunalite-departement", "strategie-locale-inclusion-numerique"),
            c("intercomunalité", "echelle-strategie-commune-intercommunalite-departement"),
            c("diagnostic territorial", "diagnostic-besoins-numeriques-territoire"),
            c("\"quartiers prioritaires\"", "quartiers-prioritaires-avis-conseil-national-des-villes"),
            c("quartiers prioritaires -\"conseil national des villes\"",
                    top("diagnostic-besoins-numeriques-territoire", "mediation-numerique-petite-commune"),
                    "quartiers-prioritaires-avis-conseil-national-des-villes"),
            c("hub régional", "hubs-france-connectee"),
            c("numérique en communs", "numerique-en-communs-rencontres-nationales"),
            c("indicateurs évaluation", "evaluer-politique-inclusion-numerique"),

            // Money.
            c("fonds européens", "financer-ateliers-numeriques"),
            c("financer des ateliers", "financer-ateliers-numeriques"),

            // Tools.
            c("Pix", "pix-evaluer-competences-numeriques"),
            c("évaluer les compétences numériques", "pix-evaluer-competences-numeriques",
                    "les-bons-clics-diagnostic-competences"),
            c("les bons clics", "les-bons-clics-diagnostic-competences"),
            c("accesibilité des services en ligne", "accessibilite-services-en-ligne"),
            c("RGAA", "accessibilite-services-en-ligne"),
            c("affiche ateliers numériques", "kit-communication-ateliers-numeriques"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
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

    static JsonObject search(Http http, String query, int size) {
        Http.Reply reply = http.get("/api/search?q=" + q(query) + "&facet.type=resource&size=" + size);
        assertEquals(200, reply.status(), query + " → " + reply);
        return reply.json();
    }

    static List<String> urls(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("url")).toList();
    }

    static String url(String slug) {
        return "/ressources/" + slug;
    }

    /** Every seed resource of the table is in the index: pages through all public resources. */
    boolean seedIndexed(Set<String> slugs) {
        Set<String> found = new LinkedHashSet<>();
        for (int page = 1; page <= 10; page++) {
            JsonObject results = anonymous().get("/api/search?facet.type=resource&sort=date&size=100&page=" + page).json();
            List<String> urls = urls(results);
            found.addAll(urls);
            if (urls.size() < 100) {
                break;
            }
        }
        return slugs.stream().allMatch(slug -> found.contains(url(slug)));
    }

    @TestFactory
    Stream<DynamicTest> frenchQueriesFindWhatUsersExpect() {
        Set<String> slugs = new LinkedHashSet<>();
        CASES.forEach(c -> {
            slugs.addAll(c.top5());
            slugs.addAll(c.absent());
        });
        Await.until("the seed content is indexed", STARTUP, () -> total(anonymous(), "pass") > 0 && seedIndexed(slugs));

        // A proposal waiting for review, worded to match many queries of the table if it leaked.
        String word = RandomWords.of("relev", 5);
        Http author = as("participant");
        Http.Reply created = author.postJson("/api/resources", Json.createObjectBuilder()
                .add("title", "Pass numérique, médiation numérique et aidants connect dans une petite commune " + word)
                .add("summary", "Proposition : former les agents, financer les ateliers, France services, CCAS, EPN")
                .add("body", "Une stratégie d'inclusion numérique pour lutter contre l'illectronisme et l'exclusion "
                        + "numérique, avec le Pass numérique, les chèques numériques, Aidants Connect, FranceConnect, "
                        + "la dématérialisation, les espaces publics numériques, les MSAP et le diagnostic territorial. "
                        + word)
                .add("type", "guide").build().toString());
        assertEquals(201, created.status(), created.toString());
        String hidden = url(created.json().getString("slug"));
        Await.until("the author finds their proposal", SOON, () -> total(author, word) == 1);

        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(dynamicTest(c.toString(), () -> check(c, hidden)));
        }
        tests.add(dynamicTest("a proposal is invisible to anonymous users and to other signed-in users", () -> {
            assertEquals(0, total(anonymous(), word));
            assertEquals(0, total(as("membre"), word));
            for (Http outsider : List.of(anonymous(), as("membre"))) {
                JsonObject results = search(outsider, "pass numérique", 100);
                assertFalse(urls(results).contains(hidden), "not in the hits");
                assertFalse(results.toString().contains(word), "nothing of it anywhere in the answer");
            }
        }));
        tests.add(dynamicTest("a proposal is visible to its author, by its word and among related results", () -> {
            assertEquals(List.of(hidden), urls(search(author, word, 20)));
            assertTrue(urls(search(author, "pass numérique", 100)).contains(hidden));
        }));
        return tests.stream();
    }

    void check(Case c, String hidden) {
        JsonObject results = search(anonymous(), c.query(), 100);
        List<String> all = urls(results);
        List<String> first = all.subList(0, Math.min(TOP, all.size()));
        for (String slug : c.top5()) {
            assertTrue(first.contains(url(slug)), () -> "“" + c.query() + "”: " + slug + " not in the top " + TOP
                    + ", which is " + first + " (" + results.getJsonNumber("total") + " hits)");
        }
        for (String slug : c.absent()) {
            assertFalse(all.contains(url(slug)), () -> "“" + c.query() + "”: " + slug + " must not be found: " + all);
        }
        assertFalse(all.contains(hidden), () -> "“" + c.query() + "”: a proposal leaked to an anonymous user");
        assertEquals(all.size(), results.getJsonNumber("total").longValue(), "every hit on one page of 100");
    }

    static long total(Http http, String query) {
        return search(http, query, 20).getJsonNumber("total").longValue();
    }
}
