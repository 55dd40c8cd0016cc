package fr.passerelle.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventDetails;
import fr.passerelle.events.entity.SessionDetails;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.FrontMatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repository's {@code content/events/} files pass the import's checks, and no two sessions of a room overlap. */
class SeedContentTest {

    private static final Path DIR = Path.of("../../content/events");

    @Test
    void thePastAndTheUpcomingEditionsAreValid() throws IOException {
        for (String name : List.of("nec-2018-nantes.md", "nec-2027.md")) {
            ContentFile file = FrontMatter.parse(name, Files.readString(DIR.resolve(name)));
            Map<String, Object> f = file.fields();
            EventDetails details = EventDescription.check(new EventDescription.Raw(str(f, "edition"), str(f, "title"),
                    file.body(), str(f, "venue"), str(f, "address"), str(f, "startsAt"), str(f, "endsAt"),
                    str(f, "registrationOpensAt"), str(f, "registrationClosesAt"), (Integer) f.get("capacity"),
                    List.of()));
            Event event = new Event(file.slug(), OffsetDateTime.now());
            event.describe(details);
            List<SessionDetails> sessions = new ArrayList<>();
            for (Object o : (List<?>) f.get("sessions")) {
                Map<?, ?> s = (Map<?, ?>) o;
                sessions.add(SessionDescription.check(new SessionDescription.Raw(str(s, "title"), str(s, "kind"),
                        str(s, "description"), str(s, "startsAt"), str(s, "endsAt"), str(s, "room"), str(s, "track"),
                        strings(s, "speakers"), (Integer) s.get("capacity"), strings(s, "themes"),
                        strings(s, "audiences")), event));
            }
            assertTrue(sessions.size() >= 6, name);
            assertFalse(sessions.stream().anyMatch(s -> s.themes().isEmpty() || s.audiences().isEmpty()), name);
            for (int i = 0; i < sessions.size(); i++) {
                for (int j = i + 1; j < sessions.size(); j++) {
                    SessionDetails a = sessions.get(i);
                    SessionDetails b = sessions.get(j);
                    boolean overlap = a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt());
                    assertFalse(overlap && a.room().equals(b.room()), name + ": " + a.title() + " / " + b.title());
                }
            }
        }
        assertEquals(2018, EventDescription.check(new EventDescription.Raw(null, "T", null, "Nantes", null,
                "2018-09-13T09:00:00", "2018-09-14T17:00:00", "2018-07-01T09:00:00", "2018-09-11T09:00:00", 10,
                List.of())).startsAt().getYear());
    }

    private static String str(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? List.of() : ((List<Object>) v).stream().map(String::valueOf).toList();
    }
}
