package fr.passerelle.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.testkit.Http;
import fr.passerelle.testkit.TestKeycloak;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Events, sessions and registrations created through the API, as the tests of the events module need them. */
final class EventFixtures {

    /** Event dates: open now, held in about forty days. */
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    static final OffsetDateTime STARTS = NOW.plusDays(40).withHour(7).withMinute(0);

    private final URL base;

    EventFixtures(URL base) {
        this.base = base;
    }

    Http anonymous() {
        return new Http(base);
    }

    /** Tokens by demo username, reused for a minute (they live five): the authorisation matrix asks often. */
    private static final Map<String, Map.Entry<Long, String>> TOKENS = new ConcurrentHashMap<>();

    Http as(String username) {
        long now = System.nanoTime();
        Map.Entry<Long, String> cached = TOKENS.get(username);
        if (cached == null || now - cached.getKey() > TimeUnit.MINUTES.toNanos(1)) {
            cached = Map.entry(now, TestKeycloak.token(username, username + "-demo"));
            TOKENS.put(username, cached);
        }
        return new Http(base).withBearer(cached.getValue());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    /** The address Keycloak verified for a demo account: the only one its holder is confirmed at once for. */
    static String accountEmail(String username) {
        return username + "@passerelle.localhost";
    }

    /** An event open for registration, with the given global capacity; editrice organises it. */
    String event(int capacity) {
        return event(capacity, NOW.minusDays(1), NOW.plusDays(30));
    }

    String event(int capacity, OffsetDateTime opens, OffsetDateTime closes) {
        String slug = unique("evenement");
        Http.Reply created = as("admin").postJson("/api/events", eventJson(slug, capacity, opens, closes).build().toString());
        assertEquals(201, created.status(), created.toString());
        return slug;
    }

    static JsonObjectBuilder eventJson(String slug, int capacity, OffsetDateTime opens, OffsetDateTime closes) {
        return Json.createObjectBuilder().add("slug", slug).add("title", "Rencontre " + slug)
                .add("venue", "Maison des associations").add("address", "1 place de la Mairie, Nantes")
                .add("startsAt", STARTS.toString()).add("endsAt", STARTS.plusDays(1).plusHours(10).toString())
                .add("registrationOpensAt", opens.toString()).add("registrationClosesAt", closes.toString())
                .add("capacity", capacity).add("organisers", Json.createArrayBuilder().add("editrice"));
    }

    /** A session of the first day, starting {@code hour} hours after the event's start, lasting an hour. */
    long session(String slug, String title, int hour, int capacity) {
        Http.Reply created = as("admin").postJson("/api/events/" + slug + "/sessions", sessionJson(title, hour, capacity).build()
                .toString());
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    static JsonObjectBuilder sessionJson(String title, int hour, int capacity) {
        return Json.createObjectBuilder().add("title", title).add("kind", "atelier")
                .add("startsAt", STARTS.plusHours(hour).toString()).add("endsAt", STARTS.plusHours(hour + 1).toString())
                .add("room", "Salle " + hour).add("capacity", capacity)
                .add("themes", Json.createArrayBuilder().add("formation"))
                .add("audiences", Json.createArrayBuilder().add("elus"));
    }

    static String registrationJson(String name, String email, List<Long> sessions) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        sessions.forEach(ids::add);
        return Json.createObjectBuilder().add("name", name).add("email", email).add("organisation", "Mairie")
                .add("structureType", "collectivite").add("sessions", ids).add("consent", true).build().toString();
    }

    Http.Reply register(Http who, String slug, String name, String email, List<Long> sessions) {
        return who.postJson("/api/events/" + slug + "/registrations", registrationJson(name, email, sessions));
    }
}
