package fr.passerelle.territories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.testkit.Await;
import fr.passerelle.testkit.Deployments;
import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.SampleFiles;
import fr.passerelle.testkit.SampleFiles.Part;
import fr.passerelle.testkit.SignIn;
import fr.passerelle.testkit.TestDatabase;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Pilot territories through the real WAR, Keycloak and database: official codes, initiatives written by a
 * territory's editor and refused elsewhere, what anonymous visitors find (map, list, search, dashboard), the
 * totals against the records, bad input, drafts, reuse, pages, and the authorisation matrix.
 */
@ExtendWith(ArquillianExtension.class)
class TerritoriesIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final String[] KINDS = {"personnes-accompagnees", "pass-distribues", "pass-utilises", "ateliers",
            "agents-formes", "lieux-mediation"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    private Http anonymous() {
        return new Http(base);
    }

    private Http as(String username) {
        return new Http(base).withBearer(TOKENS.computeIfAbsent(username, u -> TestKeycloak.token(u, u + "-demo")));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long initiativesWithSlug(String slug) {
        return TestDatabase.count("SELECT COUNT(*) FROM territories_initiative WHERE slug = ?", slug);
    }

    private static long territoriesWithSlug(String slug) {
        return TestDatabase.count("SELECT COUNT(*) FROM territories_territory WHERE slug = ?", slug);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A valid initiative with two funding lines and three indicators; {@code extra} adds or replaces fields. */
    private static String initiative(String slug, String title, String extra) {
        return "{\"slug\":\"" + slug + "\",\"title\":\"" + title + "\",\"summary\":\"Des ateliers pour tous\","
                + "\"status\":\"en-cours\",\"startDate\":\"2019-01-10\",\"endDate\":\"2019-12-20\","
                + "\"themes\":[\"mediation-accompagnement\",\"financement-pass-numerique\"],\"audiences\":[\"grand-public\"],"
                + "\"problem\":\"Les habitants renoncent à leurs démarches.\",\"actions\":\"Des ateliers chaque semaine.\","
                + "\"whatWorked\":\"La proximité.\",\"whatStuck\":\"Les horaires.\",\"toSpread\":\"Commencer petit.\","
                + "\"partners\":[{\"name\":\"Centre social\",\"role\":\"Accueil\"}],"
                + "\"funding\":[{\"source\":\"collectivite\",\"label\":\"Animation\",\"amount\":12500.50},"
                + "{\"source\":\"pass-numerique\",\"label\":\"Pass\",\"amount\":\"3000\"}],"
                + "\"indicators\":[{\"kind\":\"personnes-accompagnees\",\"value\":321,\"date\":\"2019-06-30\",\"source\":\"Registre\"},"
                + "{\"kind\":\"personnes-accompagnees\",\"value\":417,\"unit\":\"personnes\",\"date\":\"2019-12-31\",\"source\":\"Registre\"},"
                + "{\"kind\":\"ateliers\",\"value\":53,\"date\":\"2019-12-31\",\"source\":\"Registre\"}],"
                + "\"resources\":[\"pass-numerique\"]" + extra + "}";
    }

    @Test
    void seedTerritoriesCarryOfficialCodesAndDerivedPlaces() {
        JsonObject list = anonymous().get("/api/territories?size=100").json();
        assertTrue(list.getInt("total") >= 8, list.toString());
        JsonObject nantes = anonymous().get("/api/territories/nantes-metropole").json();
        assertEquals("epci", nantes.getJsonObject("kind").getString("code"));
        assertEquals("244400404", nantes.getString("code"));
        assertEquals(List.of("44"), codes(nantes, "departements"));
        assertEquals(List.of("52"), codes(nantes, "regions"));
        assertEquals("Pays de la Loire", nantes.getJsonArray("regions").getJsonObject(0).getString("name"));
        JsonObject aquitaine = anonymous().get("/api/territories/nouvelle-aquitaine").json();
        assertEquals(12, aquitaine.getJsonArray("departements").size(), "a région's départements come from the official list");
        assertTrue(codes(aquitaine, "departements").containsAll(List.of("33", "86", "87")));
        for (String slug : List.of("hauts-de-france", "centre-val-de-loire", "la-reunion")) {
            assertEquals(200, anonymous().get("/api/territories/" + slug).status(), slug);
        }
        JsonObject hub = anonymous().get("/api/territories/hub-grand-ouest").json();
        assertEquals(List.of("52", "53"), codes(hub, "regions"), "a grouping's régions come from its départements");
        assertEquals(JsonObject.NULL.getValueType(), hub.get("code").getValueType());
        assertTrue(anonymous().get("/api/initiatives?size=100").json().getInt("total") >= 20);
        String paysDeLaLoire = anonymous().get("/api/territories?region=52&size=100").body();
        assertTrue(paysDeLaLoire.contains("\"nantes-metropole\"") && paysDeLaLoire.contains("\"hub-grand-ouest\"")
                && !paysDeLaLoire.contains("\"hauts-de-france\""), paysDeLaLoire);
        assertEquals(400, anonymous().get("/api/territories?region=99").status());
        String openapi = anonymous().get("/openapi").body();
        for (String path : List.of("/api/territories/{slug}/initiatives", "/api/initiatives/{slug}", "/api/territories.geojson",
                "/api/indicators/summary")) {
            assertTrue(openapi.contains(path), path + " in /openapi");
        }
        assertEquals(400, anonymous().get("/api/initiatives?theme=jardinage").status());
    }

    private static List<String> codes(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList();
    }

    /** The "done when": nantes publishes for nantes-metropole, is refused elsewhere; anonymous people find it. */
    @Test
    void nantesPublishesAnInitiativeThatAnonymousVisitorsFindEverywhere() {
        JsonObject before = anonymous().get("/api/indicators/summary?by=region").json();
        String word = "zebulonnade" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        String slug = unique("ateliers-nantes");
        Http.Reply created = as("nantes").postJson("/api/territories/nantes-metropole/initiatives",
                initiative(slug, "Ateliers " + word + " dans les quartiers", ",\"published\":true"));
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/initiatives/" + slug));
        JsonObject json = created.json();
        assertEquals("published", json.getString("publication"));
        assertEquals(new BigDecimal("15500.50"), json.getJsonNumber("fundingTotal").bigDecimalValue());
        assertEquals("etalab-2.0", json.getJsonObject("licence").getString("id"));
        assertEquals(3, json.getJsonArray("indicators").size());

        for (String other : List.of("hauts-de-france", "la-reunion")) {
            String refusedSlug = unique("refus");
            Http.Reply refused = as("nantes").postJson("/api/territories/" + other + "/initiatives",
                    initiative(refusedSlug, "Ailleurs", ",\"published\":true"));
            assertEquals(403, refused.status(), refused.toString());
            assertEquals("application/problem+json", refused.contentType());
            assertTrue(refused.body().contains("nantes-metropole"), "the French message names the caller's territory");
            assertEquals(0, initiativesWithSlug(refusedSlug));
        }

        Http.Reply overview = anonymous().get("/territoires");
        assertEquals(200, overview.status());
        assertTrue(overview.body().contains("<svg") && overview.body().contains("href=\"/territoires/nantes-metropole\""),
                "the map links to the territory");
        assertTrue(overview.body().contains("aria-label=\""), "markers carry names");
        assertTrue(anonymous().get("/territoires/carte.svg").body().contains("/territoires/nantes-metropole"));
        assertTrue(anonymous().get("/territoires?region=52").body().contains("Nantes Métropole"));
        assertFalse(anonymous().get("/territoires?region=32").body().contains("href=\"/territoires/nantes-metropole\""));
        Http.Reply territoryPage = anonymous().get("/territoires/nantes-metropole");
        assertTrue(territoryPage.body().contains("/initiatives/" + slug), "listed on the territory's page");
        Http.Reply page = anonymous().get("/initiatives/" + slug);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("12\u202f500,50\u00a0€") && page.body().contains("417 personnes"), "funding and latest indicator shown");
        assertTrue(anonymous().get("/api/initiatives?region=52&theme=mediation-accompagnement&status=en-cours&size=100")
                .body().contains(slug));
        assertTrue(anonymous().get("/api/territories/nantes-metropole/initiatives?size=100").body().contains(slug));
        assertTrue(anonymous().get("/api/territories.geojson").body().contains("\"coordinates\":[-1.553621,47.218371]"));

        Await.until("the initiative to be found by search", Duration.ofSeconds(30), () -> anonymous()
                .get("/api/search?q=" + q(word)).body().contains("/initiatives/" + slug));
        JsonObject hit = anonymous().get("/api/search?q=" + q(word)).json().getJsonArray("hits").getJsonObject(0);
        assertEquals("initiative", hit.getString("type"));

        JsonObject after = anonymous().get("/api/indicators/summary?by=region").json();
        assertEquals(value(before.getJsonObject("total"), "personnes-accompagnees") + 417,
                value(after.getJsonObject("total"), "personnes-accompagnees"), "the latest value counts, once");
        assertEquals(value(row(before, "52"), "ateliers") + 53, value(row(after, "52"), "ateliers"));
        assertEquals(row(before, "52").getJsonNumber("funding").bigDecimalValue().add(new BigDecimal("15500.50")),
                row(after, "52").getJsonNumber("funding").bigDecimalValue());
        Http.Reply csv = anonymous().get("/indicateurs/export.csv?par=region");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().contains("Pays de la Loire;52;"), csv.body());
    }

    private static long value(JsonObject row, String kind) {
        return row == null ? 0 : row.getJsonObject("values").getJsonNumber(kind).longValue();
    }

    private static JsonObject row(JsonObject summary, String code) {
        return summary.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code)).findFirst().orElse(null);
    }

    /** The dashboard's totals, recomputed here from the published records: latest value per initiative and kind. */
    @Test
    void dashboardTotalsAddUpToTheRecords() {
        List<JsonObject> published = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonObject list = anonymous().get("/api/initiatives?size=100&page=" + page).json();
            published.addAll(list.getJsonArray("items").getValuesAs(JsonObject.class));
            if (published.size() >= list.getInt("total")) {
                break;
            }
        }
        Map<String, long[]> byRegion = new HashMap<>();
        Map<String, long[]> byTheme = new HashMap<>();
        long[] total = new long[KINDS.length + 2];
        Map<String, List<String>> regionsOf = new HashMap<>();
        for (JsonObject i : published) {
            String territory = i.getJsonObject("territory").getString("slug");
            List<String> regions = regionsOf.computeIfAbsent(territory,
                    t -> codes(anonymous().get("/api/territories/" + t).json(), "regions"));
            long[] values = latest(i);
            add(total, values);
            regions.forEach(r -> add(byRegion.computeIfAbsent(r, k -> new long[KINDS.length + 2]), values));
            List<String> themes = i.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                    .map(t -> t.getString("code")).toList();
            (themes.isEmpty() ? List.of("sans-theme") : themes)
                    .forEach(t -> add(byTheme.computeIfAbsent(t, k -> new long[KINDS.length + 2]), values));
        }
        for (Map.Entry<String, Map<String, long[]>> by : Map.of("region", byRegion, "theme", byTheme).entrySet()) {
            JsonObject summary = anonymous().get("/api/indicators/summary?by=" + by.getKey()).json();
            assertEquals(by.getValue().size(), summary.getJsonArray("rows").size(), by.getKey());
            assertRow(total, summary.getJsonObject("total"), "total");
            by.getValue().forEach((code, expected) -> assertRow(expected, row(summary, code), by.getKey() + " " + code));
            String csv = anonymous().get("/indicateurs/export.csv?par=" + by.getKey()).body();
            String last = csv.strip().lines().reduce((a, b) -> b).orElseThrow();
            assertTrue(last.startsWith("France entière;total;" + total[0] + ";" + total[1] + ";"), last);
        }
    }

    /** [initiatives, kinds…, funding cents] of one initiative. */
    private static long[] latest(JsonObject initiative) {
        long[] values = new long[KINDS.length + 2];
        values[0] = 1;
        Map<String, String> dates = new HashMap<>();
        for (JsonObject k : initiative.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            int at = List.of(KINDS).indexOf(k.getString("kind")) + 1;
            String date = k.getString("date");
            if (dates.get(k.getString("kind")) == null || date.compareTo(dates.get(k.getString("kind"))) >= 0) {
                dates.put(k.getString("kind"), date);
                values[at] = k.getJsonNumber("value").longValue();
            }
        }
        values[KINDS.length + 1] = initiative.getJsonNumber("fundingTotal").bigDecimalValue().movePointRight(2).longValueExact();
        return values;
    }

    private static void add(long[] into, long[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    private static void assertRow(long[] expected, JsonObject row, String what) {
        assertTrue(row != null, what + " missing");
        assertEquals(expected[0], row.getJsonNumber("initiatives").longValue(), what + " initiatives");
        for (int k = 0; k < KINDS.length; k++) {
            assertEquals(expected[k + 1], value(row, KINDS[k]), what + " " + KINDS[k]);
        }
        assertEquals(expected[KINDS.length + 1], row.getJsonNumber("funding").bigDecimalValue().movePointRight(2).longValueExact(),
                what + " funding");
    }

    @Test
    void officialCodesAndPointsAreChecked() {
        record Case(String json, int status, String field, String words) {
        }
        String point = ",\"latitude\":49.18,\"longitude\":-0.37";
        List<Case> cases = List.of(
                new Case("{\"name\":\"Nulle part\",\"kind\":\"commune\",\"code\":\"99999\"" + point + "}", 400, "code", "aucune commune"),
                new Case("{\"name\":\"Mauvais type\",\"kind\":\"commune\",\"code\":\"44\"" + point + "}", 400, "code", "un département"),
                new Case("{\"name\":\"Siren\",\"kind\":\"epci\",\"code\":\"44109\"" + point + "}", 400, "code", "SIREN"),
                new Case("{\"name\":\"Région\",\"kind\":\"region\",\"code\":\"44109\"" + point + "}", 400, "code", "une commune"),
                new Case("{\"name\":\"Seul\",\"kind\":\"groupement\",\"departements\":[\"14\"]" + point + "}", 400, "departements", "de 2 à 5"),
                new Case("{\"name\":\"Trop\",\"kind\":\"groupement\",\"departements\":[\"14\",\"27\",\"50\",\"61\",\"76\",\"35\"]" + point + "}", 400, "departements", "de 2 à 5"),
                new Case("{\"name\":\"Tapés\",\"kind\":\"region\",\"code\":\"28\",\"departements\":[\"14\"]" + point + "}", 400, "departements", "se déduisent"),
                new Case("{\"name\":\"Madrid\",\"kind\":\"region\",\"code\":\"28\",\"latitude\":40.41,\"longitude\":-3.70}", 400, "latitude", "hors de France"),
                new Case("{\"name\":\"Caen à la Réunion\",\"kind\":\"commune\",\"code\":\"14118\",\"latitude\":-20.88,\"longitude\":55.45}", 400, "latitude", "La Réunion"),
                new Case("{\"name\":\"Population\",\"kind\":\"region\",\"code\":\"28\",\"population\":-5" + point + "}", 400, "population", "habitants"),
                new Case("{\"name\":\"<b>Normandie</b>\",\"kind\":\"inconnu\",\"code\":\"28\"" + point + "}", 400, "kind", "inconnu"));
        for (Case c : cases) {
            String slug = unique("code");
            Http.Reply reply = as("admin").postJson("/api/territories", c.json().replace("{", "{\"slug\":\"" + slug + "\","));
            assertEquals(c.status(), reply.status(), c.json() + " → " + reply);
            assertEquals("application/problem+json", reply.contentType());
            assertTrue(reply.body().contains("\"" + c.field() + "\"") && reply.body().contains(c.words()), reply.body());
            assertEquals(0, territoriesWithSlug(slug), "nothing stored for " + c.json());
        }
        String normandie = unique("normandie");
        Http.Reply created = as("admin").postJson("/api/territories", "{\"slug\":\"" + normandie
                + "\",\"name\":\"Région Normandie\",\"kind\":\"region\",\"code\":\"28\"" + point + "}");
        assertEquals(201, created.status(), created.toString());
        assertEquals(List.of("14", "27", "50", "61", "76"), codes(created.json(), "departements"));
        assertEquals(409, as("admin").postJson("/api/territories", "{\"slug\":\"" + unique("bis")
                + "\",\"name\":\"Encore\",\"kind\":\"region\",\"code\":\"28\"" + point + "}").status(), "one territory per code");
        String hub = unique("hub");
        Http.Reply grouping = as("admin").postJson("/api/territories", "{\"slug\":\"" + hub + "\",\"name\":\"Hub\","
                + "\"kind\":\"groupement\",\"departements\":[\"14\",\"35\",\"50\"]" + point + "}");
        assertEquals(201, grouping.status(), grouping.toString());
        assertEquals(List.of("28", "53"), codes(grouping.json(), "regions"));
        Http.Reply caen = as("admin").postJson("/api/territories", "{\"slug\":\"" + unique("caen") + "\",\"name\":\"Caen\","
                + "\"kind\":\"commune\",\"code\":\"14118\"" + point + "}");
        assertEquals(201, caen.status(), caen.toString());
        assertTrue(caen.json().getJsonNumber("population").longValue() > 100_000, "a commune's population comes from the official list");
    }

    @Test
    void badInitiativesAreRefusedInFrenchAndNothingIsStored() {
        record Case(String extra, String field, String words) {
        }
        String today = LocalDate.now().plusDays(3).toString();
        String huge = "x".repeat(20_001);
        List<Case> cases = List.of(
                new Case(",\"funding\":[{\"source\":\"etat\",\"amount\":-10}]", "funding[0].amount", "négatif"),
                new Case(",\"funding\":[{\"source\":\"etat\",\"amount\":250000000}]", "funding[0].amount", "invraisemblable"),
                new Case(",\"funding\":[{\"source\":\"etat\",\"amount\":10.005}]", "funding[0].amount", "centime"),
                new Case(",\"funding\":[{\"source\":\"loterie\",\"amount\":10}]", "funding[0].source", "inconnue"),
                new Case(",\"indicators\":[{\"kind\":\"ateliers\",\"value\":-1,\"date\":\"2019-01-01\",\"source\":\"S\"}]", "indicators[0].value", "négatif"),
                new Case(",\"indicators\":[{\"kind\":\"ateliers\",\"value\":90000000,\"date\":\"2019-01-01\",\"source\":\"S\"}]", "indicators[0].value", "invraisemblable"),
                new Case(",\"indicators\":[{\"kind\":\"ateliers\",\"value\":2.5,\"date\":\"2019-01-01\",\"source\":\"S\"}]", "indicators[0].value", "entier"),
                new Case(",\"indicators\":[{\"kind\":\"ateliers\",\"value\":5,\"unit\":\"heures\",\"date\":\"2019-01-01\",\"source\":\"S\"}]", "indicators[0].unit", "ateliers"),
                new Case(",\"indicators\":[{\"kind\":\"ateliers\",\"value\":5,\"date\":\"" + today + "\",\"source\":\"S\"}]", "indicators[0].date", "comprise"),
                new Case(",\"indicators\":[{\"kind\":\"pass-distribues\",\"value\":5,\"date\":\"2019-01-01\",\"source\":\"S\"},"
                        + "{\"kind\":\"pass-utilises\",\"value\":9,\"date\":\"2019-01-01\",\"source\":\"S\"}]", "indicators", "utilisés"),
                new Case(",\"startDate\":\"2019-05-01\",\"endDate\":\"2019-04-30\"", "endDate", "précède"),
                new Case(",\"startDate\":\"1er mai\"", "startDate", "AAAA-MM-JJ"),
                new Case(",\"themes\":[\"jardinage\"]", "themes", "jardinage"),
                new Case(",\"licence\":\"WTFPL\"", "licence", "inconnue"),
                new Case(",\"title\":\"Titre\\u0007avec une cloche\"", "title", "contrôle"),
                new Case(",\"problem\":\"" + huge + "\"", "problem", "20000"),
                new Case(",\"resources\":[\"Pas Un Slug\"]", "resources", "identifiant"));
        for (Case c : cases) {
            String slug = unique("mauvais");
            Http.Reply reply = as("nantes").postJson("/api/territories/nantes-metropole/initiatives",
                    initiative(slug, "Initiative refusée", c.extra()));
            assertEquals(400, reply.status(), c.extra().substring(0, Math.min(80, c.extra().length())) + " → " + reply);
            assertEquals("application/problem+json", reply.contentType());
            assertTrue(reply.body().contains("\"" + c.field() + "\"") && reply.body().contains(c.words()),
                    c.field() + " / " + c.words() + " in " + reply);
            assertEquals(0, initiativesWithSlug(slug), "nothing stored");
        }
        String taken = unique("deja-pris");
        assertEquals(201, as("nantes").postJson("/api/territories/nantes-metropole/initiatives", initiative(taken, "Une", "")).status());
        Http.Reply clash = as("nantes").postJson("/api/territories/nantes-metropole/initiatives", initiative(taken, "Deux", ""));
        assertEquals(409, clash.status(), clash.toString());
        assertTrue(clash.body().contains("déjà utilisé"), clash.body());
        assertEquals(1, initiativesWithSlug(taken));
        assertEquals(413, as("nantes").postJson("/api/territories/nantes-metropole/initiatives",
                initiative(unique("enorme"), "Énorme", ",\"actions\":\"" + "y".repeat(1_100_000) + "\"")).status());
    }

    /** A hostile request: who sends it, where, what, and the status it must get. */
    private record Hostile(String caller, String method, String path, String contentType, String body, int expected) {
        Hostile(String caller, String path, String body, int expected) {
            this(caller, "POST", path, "application/json", body, expected);
        }
    }

    /**
     * Malformed, absurd and oversized requests, each answered by its 4xx in French problem+json and storing nothing;
     * then what the checks accept at their limits is stored; a slug taken by two territories at once is one 201 and
     * 409s; an initiative cannot be moved by a PUT naming another territory; an unpublishing reason is checked.
     */
    @Test
    void hostileRequestsGetTheir4xxAndChangeNothing() throws Exception {
        String initiatives = "/api/territories/nantes-metropole/initiatives";
        String point = ",\"latitude\":49.18,\"longitude\":-0.37";
        List<Hostile> table = List.of(
                new Hostile("nantes", initiatives, initiative(unique("h"), "Montant", ",\"funding\":[{\"source\":\"etat\","
                        + "\"amount\":1e999999999}]"), 400),
                new Hostile("nantes", initiatives, initiative(unique("h"), "Montant", ",\"funding\":[{\"source\":\"etat\","
                        + "\"amount\":\"NaN\"}]"), 400),
                new Hostile("nantes", initiatives, initiative(unique("h"), "Montant", ",\"funding\":[{\"source\":\"etat\","
                        + "\"amount\":" + "9".repeat(5000) + "}]"), 400),
                new Hostile(null, initiatives, initiative(unique("h"), "Anonyme", ",\"funding\":[{\"source\":\"etat\","
                        + "\"amount\":1e999999999}]"), 401),
                new Hostile("nantes", initiatives, initiative(unique("h"), "Valeur", ",\"indicators\":[{\"kind\":\"ateliers\","
                        + "\"value\":1e308,\"date\":\"2019-01-01\",\"source\":\"S\"}]"), 400),
                new Hostile("nantes", initiatives, initiative(unique("h"), "Dates", ",\"startDate\":\"9999-12-31\""), 400),
                new Hostile("nantes", initiatives, initiative(unique("h"), "Dates", ",\"startDate\":\"1900-01-01\""), 400),
                new Hostile("nantes", initiatives, initiative(unique("h"), "Thèmes", ",\"themes\":\"formation\""), 400),
                new Hostile("nantes", initiatives, initiative("x' OR '1'='1", "Slug", ""), 400),
                new Hostile("nantes", initiatives, "{\"title\":", 400),
                new Hostile("nantes", "POST", initiatives, "text/plain", "titre", 415),
                new Hostile("nantes", initiatives, "", 400),
                new Hostile("nantes", initiatives, "[]", 400),
                new Hostile("admin", "/api/territories", "{\"name\":\"Loin\",\"kind\":\"region\",\"code\":\"28\","
                        + "\"latitude\":1e999999999,\"longitude\":-1e999999999}", 400),
                new Hostile("admin", "/api/territories", "{\"name\":\"Code\",\"kind\":\"commune\",\"code\":\""
                        + "9".repeat(5000) + "\"" + point + "}", 400),
                new Hostile("admin", "/api/territories", "{\"name\":\"Hub\",\"kind\":\"groupement\",\"departements\":["
                        + "\"99x\",".repeat(1000) + "\"35\"]" + point + "}", 400),
                new Hostile("admin", "/api/territories", "{\"name\":\"Population\",\"kind\":\"region\",\"code\":\"28\","
                        + "\"population\":1e308" + point + "}", 400),
                new Hostile("admin", "/api/territories", "{\"name\":\"Population\",\"kind\":\"region\",\"code\":\"28\","
                        + "\"population\":12.5" + point + "}", 400));
        long initiativesBefore = TestDatabase.count("SELECT COUNT(*) FROM territories_initiative");
        long territoriesBefore = TestDatabase.count("SELECT COUNT(*) FROM territories_territory");
        for (Hostile h : table) {
            Http http = h.caller() == null ? anonymous() : as(h.caller());
            Http.Reply r = http.send(HttpRequest.newBuilder(http.uri(h.path()))
                    .header("Content-Type", h.contentType())
                    .method(h.method(), HttpRequest.BodyPublishers.ofString(h.body())));
            String what = h.path() + " " + h.body().substring(0, Math.min(160, h.body().length()));
            assertEquals(h.expected(), r.status(), what + " → " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " → " + r.contentType());
            assertTrue(r.body().length() < 5_000, "the answer does not echo the request: " + r.body().length());
        }
        assertEquals(initiativesBefore, TestDatabase.count("SELECT COUNT(*) FROM territories_initiative"), "nothing stored");
        assertEquals(territoriesBefore, TestDatabase.count("SELECT COUNT(*) FROM territories_territory"), "nothing stored");

        // At the limits: a partner's role of 300 emoji (600 UTF-16 units, which H2 counts) is stored.
        String emoji = unique("emoji");
        Http.Reply stored = as("nantes").postJson(initiatives, initiative(emoji, "Rôle en émojis",
                ",\"partners\":[{\"name\":\"Centre social\",\"role\":\"" + "🤝".repeat(300) + "\"}]"));
        assertEquals(201, stored.status(), stored.toString());

        // A PUT naming another territory does not move the initiative there.
        Http.Reply moved = put("nantes", emoji, initiative(emoji, "Rôle en émojis", ",\"territory\":\"hauts-de-france\","
                + "\"territoryId\":1"));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("nantes-metropole", as("nantes").get("/api/initiatives/" + emoji).json().getJsonObject("territory")
                .getString("slug"));

        // Two territories claiming one slug at once: one gets it, the other a 409, never a 500.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                String slug = unique("course");
                List<Future<Http.Reply>> replies = new ArrayList<>();
                for (String[] who : new String[][] {{"nantes", "nantes-metropole"}, {"editrice", "hauts-de-france"}}) {
                    replies.add(pool.submit(() -> as(who[0]).postJson("/api/territories/" + who[1] + "/initiatives",
                            initiative(slug, "Course " + who[1], ""))));
                }
                List<Integer> statuses = new ArrayList<>();
                for (var f : replies) {
                    statuses.add(f.get().status());
                }
                assertTrue(statuses.contains(201) && statuses.stream().allMatch(s -> s == 201 || s == 409)
                        && statuses.stream().filter(s -> s == 201).count() == 1, "one winner, one 409: " + statuses);
                assertEquals(1, initiativesWithSlug(slug));
            }
        } finally {
            pool.shutdownNow();
        }

        // The reason of an unpublishing goes to the history, shown to readers: checked like any text.
        String published = unique("a-depublier");
        assertEquals(201, as("nantes").postJson(initiatives, initiative(published, "À dépublier", ",\"published\":true"))
                .status());
        Http browser = anonymous().browser();
        browser.follow(SignIn.as(browser, "/initiatives/" + published, "editrice", "editrice-demo"));
        String token = SignIn.formToken(browser.get("/initiatives/" + published));
        for (String reason : List.of("m".repeat(25_000), "Motif\u0007 avec une cloche")) {
            Http.Reply refused = browser.postForm("/initiatives/" + published + "/depublier", "_csrf", token, "motif", reason);
            assertEquals(400, refused.status(), refused.toString());
            assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
        }
        assertEquals(200, anonymous().get("/initiatives/" + published).status(), "still published");
        assertEquals(303, browser.postForm("/initiatives/" + published + "/depublier", "_csrf", token, "motif",
                "Doublon d'une autre fiche").status());
        assertEquals(404, anonymous().get("/initiatives/" + published).status());
    }

    @Test
    void hostileTextIsShownAsText() {
        String slug = unique("hostile");
        Http.Reply created = as("nantes").postJson("/api/territories/nantes-metropole/initiatives", initiative(slug,
                "<script>alert('titre')</script>", ",\"published\":true,\"problem\":\"<img src=x onerror=alert(1)> et "
                        + "[lien](javascript:alert(2))\",\"partners\":[{\"name\":\"<b>Gras</b>\",\"role\":\"<i>r</i>\"}]"));
        assertEquals(201, created.status(), created.toString());
        String page = anonymous().get("/initiatives/" + slug).body();
        assertFalse(page.contains("<script>alert"), "no script element from content");
        assertFalse(page.contains("<img src=x"), "no image element from content");
        assertFalse(page.contains("javascript:alert"), "no javascript: link");
        assertFalse(page.contains("<b>Gras</b>"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;"), "title escaped");
        assertFalse(anonymous().get("/territoires/nantes-metropole").body().contains("<script>alert"));
        assertEquals("<script>alert('titre')</script>", anonymous().get("/api/initiatives/" + slug).json().getString("title"));
    }

    @Test
    void draftsAreSeenByTheirTerritorysEditorsOnlyAndUnpublishingIsForNationalEditors() {
        String word = "brouillonnesque" + UUID.randomUUID().toString().substring(0, 5).replaceAll("[0-9]", "q");
        String slug = unique("brouillon");
        assertEquals(201, as("nantes").postJson("/api/territories/nantes-metropole/initiatives",
                initiative(slug, "Brouillon " + word, "")).status());
        assertEquals(404, anonymous().get("/api/initiatives/" + slug).status());
        assertEquals(404, anonymous().get("/initiatives/" + slug).status());
        assertEquals(404, as("participant").get("/api/initiatives/" + slug).status());
        assertEquals(200, as("nantes").get("/api/initiatives/" + slug).status());
        assertEquals(200, as("editrice").get("/api/initiatives/" + slug).status());
        assertFalse(anonymous().get("/api/territories/nantes-metropole/initiatives?size=100").body().contains(slug));
        assertTrue(as("nantes").get("/api/territories/nantes-metropole/initiatives?size=100").body().contains(slug));
        Await.until("the draft to be searchable by nantes", Duration.ofSeconds(30),
                () -> as("nantes").get("/api/search?q=" + q(word)).body().contains("/initiatives/" + slug));
        assertFalse(anonymous().get("/api/search?q=" + q(word)).body().contains("/initiatives/" + slug), "drafts are not public");
        assertFalse(as("participant").get("/api/search?q=" + q(word)).body().contains("/initiatives/" + slug));

        Http.Reply published = as("nantes").send(HttpRequest.newBuilder(anonymous().uri("/api/initiatives/" + slug))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(initiative(slug, "Publié " + word, ",\"published\":true"))));
        assertEquals(200, published.status(), published.toString());
        assertEquals(200, anonymous().get("/initiatives/" + slug).status());
        Http.Reply unpublish = put("nantes", slug, initiative(slug, "Publié " + word, ",\"published\":false"));
        assertEquals(403, unpublish.status(), "territory editors do not unpublish: " + unpublish);
        assertEquals(200, put("editrice", slug, initiative(slug, "Publié " + word, ",\"published\":false")).status());
        assertEquals(404, anonymous().get("/api/initiatives/" + slug).status());
        long id = as("editrice").get("/api/initiatives/" + slug).json().getJsonNumber("id").longValue();
        assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM kernel_change WHERE entity_type = 'territories.initiative' "
                + "AND entity_id = ?", String.valueOf(id)), "created, published, unpublished");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM kernel_change c JOIN kernel_change_field f ON f.change_id = c.id "
                + "WHERE c.entity_id = ? AND c.action = 'publiée' AND f.field = 'title'", String.valueOf(id)),
                "the history lists the fields a change touched");
    }

    private Http.Reply put(String user, String slug, String json) {
        return as(user).send(HttpRequest.newBuilder(anonymous().uri("/api/initiatives/" + slug))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The forms of a territory editor, without JavaScript: create, refused input shown again, publish, copy as a model. */
    @Test
    void aTerritoryEditorWritesWithThePagesAndCopiesAnInitiativeAsAModel() {
        Http browser = anonymous().browser();
        browser.follow(SignIn.as(browser, "/territoires/nantes-metropole", "nantes", "nantes-demo"));
        Http.Reply territoryPage = browser.get("/territoires/nantes-metropole");
        assertTrue(territoryPage.body().contains("/territoires/nantes-metropole/initiatives/nouvelle"), "write button for its editor");
        Http.Reply form = browser.get("/territoires/nantes-metropole/initiatives/nouvelle");
        assertEquals(200, form.status(), form.toString());
        String token = SignIn.formToken(form);
        String slug = unique("par-formulaire");
        Http.Reply refused = browser.postForm("/territoires/nantes-metropole/initiatives/nouvelle", "_csrf", token,
                "slug", slug, "title", "Par le formulaire", "startDate", "2019-05-01", "endDate", "2019-04-01",
                "funding-source-1", "etat", "funding-label-1", "Aide", "funding-amount-1", "-5",
                "partner-name-1", "", "partner-role-1", "", "intent", "publish");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("Date de fin") && refused.body().contains("Financement n° 1 : montant"),
                "French field names in the error summary");
        assertTrue(refused.body().contains("value=\"Par le formulaire\""), "the form keeps what was typed");
        assertEquals(0, initiativesWithSlug(slug));
        Http.Reply saved = browser.postForm("/territoires/nantes-metropole/initiatives/nouvelle", "_csrf", token,
                "slug", slug, "title", "Par le formulaire", "status", "en-cours", "themes", "formation",
                "funding-source-1", "etat", "funding-label-1", "Aide", "funding-amount-1", "1 234,50",
                "indicator-kind-1", "agents-formes", "indicator-value-1", "12", "indicator-date-1", "2019-03-01",
                "indicator-source-1", "Feuilles d'émargement", "intent", "draft");
        assertEquals(303, saved.status(), saved.toString());
        assertEquals("/initiatives/" + slug, saved.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        JsonObject draft = as("nantes").get("/api/initiatives/" + slug).json();
        assertEquals("draft", draft.getString("publication"));
        assertEquals(new BigDecimal("1234.50"), draft.getJsonArray("funding").getJsonObject(0).getJsonNumber("amount").bigDecimalValue());
        assertEquals(303, browser.postForm("/initiatives/" + slug + "/publier", "_csrf", token).status());
        assertEquals(200, anonymous().get("/initiatives/" + slug).status());
        assertEquals(403, browser.postForm("/initiatives/" + slug + "/depublier", "_csrf", token).status());
        Http.Reply uploaded = browser.post("/initiatives/" + slug + "/documents", SampleFiles.MULTIPART,
                SampleFiles.multipart(Part.field("_csrf", token), Part.file("bilan.png", "image/png", SampleFiles.image("png", 16))));
        assertEquals(303, uploaded.status(), uploaded.toString());
        JsonObject file = anonymous().get("/api/initiatives/" + slug).json().getJsonArray("attachments").getJsonObject(0);
        assertEquals("bilan.png", file.getString("filename"));
        Http.Reply download = anonymous().get(file.getString("url"));
        assertEquals(200, download.status(), "a published initiative's documents are public: " + download);
        assertTrue(download.contentType().startsWith("image/png"), download.contentType());
        assertEquals(400, browser.post("/initiatives/" + slug + "/documents", SampleFiles.MULTIPART,
                SampleFiles.multipart(Part.field("_csrf", token), Part.file("script.pdf", "application/pdf",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))).status(),
                "the kernel checks the type by content");
        String inPdf = "bibliobus" + slug.replaceAll("[^a-z]", "");
        assertEquals(303, browser.post("/initiatives/" + slug + "/documents", SampleFiles.MULTIPART,
                SampleFiles.multipart(Part.field("_csrf", token), Part.file("bilan.pdf", "application/pdf",
                        SampleFiles.pdf("Bilan de la tournée du " + inPdf + " dans les quartiers")))).status());
        Await.until("the initiative to be found by a word of its PDF", Duration.ofSeconds(30), () -> anonymous()
                .get("/api/search?q=" + inPdf).body().contains("/initiatives/" + slug));
        long fileId = file.getJsonNumber("id").longValue();
        assertEquals(303, browser.postForm("/initiatives/" + slug + "/documents/" + fileId + "/retirer", "_csrf", token).status());
        long pdfId = anonymous().get("/api/initiatives/" + slug).json().getJsonArray("attachments").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(303, browser.postForm("/initiatives/" + slug + "/documents/" + pdfId + "/retirer", "_csrf", token).status());
        Await.until("the initiative no longer found by its removed PDF", Duration.ofSeconds(30), () -> anonymous()
                .get("/api/search?q=" + inPdf).json().getJsonArray("hits").isEmpty());
        assertEquals(0, anonymous().get("/api/initiatives/" + slug).json().getJsonArray("attachments").size());
        assertEquals(403, browser.get("/territoires/hauts-de-france/initiatives/nouvelle").status());
        assertEquals(403, browser.postForm("/territoires/hauts-de-france/initiatives/nouvelle", "_csrf", token,
                "title", "Ailleurs").status());

        String source = "pass-numerique-hauts-de-france";
        Http.Reply sourcePage = browser.get("/initiatives/" + source);
        assertTrue(sourcePage.body().contains("Copier cette initiative comme modèle"), "offered to territory editors");
        assertFalse(anonymous().get("/initiatives/" + source).body().contains("Copier cette initiative comme modèle"));
        Http.Reply copied = browser.postForm("/initiatives/" + source + "/copier", "_csrf", token, "territoire", "nantes-metropole");
        assertEquals(303, copied.status(), copied.toString());
        String location = copied.header("Location").orElseThrow();
        assertTrue(location.endsWith("/modifier"), location);
        String copySlug = location.replaceFirst(".*/initiatives/", "").replace("/modifier", "");
        JsonObject copy = as("nantes").get("/api/initiatives/" + copySlug).json();
        assertEquals("draft", copy.getString("publication"));
        assertEquals("nantes-metropole", copy.getJsonObject("territory").getString("slug"));
        assertEquals(source, copy.getJsonObject("copiedFrom").getString("slug"));
        assertEquals(0, copy.getJsonArray("funding").size(), "the source's money is not copied");
        Http.Reply editForm = browser.get("/initiatives/" + copySlug + "/modifier");
        assertEquals(200, editForm.status());
        assertTrue(browser.get("/initiatives/" + copySlug).body().contains("Adaptée de"), "the copy credits its source");
        assertEquals(403, browser.postForm("/initiatives/" + source + "/copier", "_csrf", token, "territoire", "hauts-de-france").status());
    }

    /** Write endpoints × callers; a refused write changes nothing. */
    @Test
    void authorisationMatrix() {
        record Row(String caller, int expected) {
        }
        List<Row> registerTerritory = List.of(new Row(null, 401), new Row("participant", 403), new Row("nantes", 403),
                new Row("editrice", 403), new Row("secretariat", 403), new Row("admin", 201));
        String[] communes = {"14118", "61001", "50129", "27229", "76540", "76351"};
        int n = 0;
        for (Row row : registerTerritory) {
            String slug = unique("matrice-territoire");
            Http http = row.caller() == null ? anonymous() : as(row.caller());
            Http.Reply reply = http.postJson("/api/territories", "{\"slug\":\"" + slug + "\",\"name\":\"Commune\","
                    + "\"kind\":\"commune\",\"code\":\"" + communes[n++] + "\",\"latitude\":49.0,\"longitude\":0.5}");
            assertEquals(row.expected(), reply.status(), "POST /api/territories as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 201 ? 1 : 0, territoriesWithSlug(slug), "stored only when allowed");
        }
        Map<String, List<Row>> createInitiative = Map.of(
                "nantes-metropole", List.of(new Row(null, 401), new Row("participant", 403), new Row("secretariat", 403),
                        new Row("accueil", 403), new Row("nantes", 201), new Row("editrice", 201), new Row("admin", 201)),
                "hauts-de-france", List.of(new Row(null, 401), new Row("participant", 403), new Row("nantes", 403),
                        new Row("editrice", 201), new Row("admin", 201)));
        createInitiative.forEach((territory, rows) -> {
            for (Row row : rows) {
                String slug = unique("matrice");
                Http http = row.caller() == null ? anonymous() : as(row.caller());
                Http.Reply reply = http.postJson("/api/territories/" + territory + "/initiatives", initiative(slug, "Matrice", ""));
                assertEquals(row.expected(), reply.status(), "POST /api/territories/" + territory + "/initiatives as "
                        + row.caller() + ": " + reply);
                assertEquals(row.expected() == 201 ? 1 : 0, initiativesWithSlug(slug), "stored only when allowed");
            }
        });
        String hdf = unique("matrice-hdf");
        assertEquals(201, as("editrice").postJson("/api/territories/hauts-de-france/initiatives",
                initiative(hdf, "Publiée", ",\"published\":true")).status());
        List<Row> update = List.of(new Row(null, 401), new Row("participant", 403), new Row("nantes", 403),
                new Row("secretariat", 403), new Row("editrice", 200), new Row("admin", 200));
        for (Row row : update) {
            String title = "Modifiée par " + row.caller();
            Http.Reply reply = row.caller() == null
                    ? anonymous().send(HttpRequest.newBuilder(anonymous().uri("/api/initiatives/" + hdf))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(initiative(hdf, title, ""))))
                    : put(row.caller(), hdf, initiative(hdf, title, ""));
            assertEquals(row.expected(), reply.status(), "PUT /api/initiatives/{slug} as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 200 ? 1 : 0, TestDatabase.count(
                    "SELECT COUNT(*) FROM territories_initiative WHERE slug = ? AND title = ?", hdf, title), "changed only when allowed");
        }
        List<Row> unpublish = List.of(new Row("nantes", 403), new Row("participant", 403), new Row("editrice", 200));
        String own = unique("matrice-nantes");
        assertEquals(201, as("nantes").postJson("/api/territories/nantes-metropole/initiatives",
                initiative(own, "À dépublier", ",\"published\":true")).status());
        for (Row row : unpublish) {
            Http.Reply reply = put(row.caller(), own, initiative(own, "À dépublier", ",\"published\":false"));
            assertEquals(row.expected(), reply.status(), "unpublish as " + row.caller() + ": " + reply);
            assertEquals(row.expected() == 200 ? 0 : 1, TestDatabase.count(
                    "SELECT COUNT(*) FROM territories_initiative WHERE slug = ? AND publication = 'published'", own));
        }
        assertEquals(403, anonymous().postForm("/initiatives/" + own + "/publier").status(), "a page form without token");
    }
}
