package fr.passerelle.events.control;

import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventDetails;
import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.SessionDetails;
import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Imports {@code content/events/*.md}: an event per file (front matter; the Markdown body is its description)
 * with its sessions, each keyed by its {@code code}. Idempotent by slug and code; an unchanged file touches
 * nothing; a capacity below the seats already held is refused like any other change.
 */
@ApplicationScoped
public class EventContentImporter implements ContentImporter {

    @Inject
    EventRepository events;

    @Inject
    SeatLedger seats;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Override
    public String moduleId() {
        return "events";
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String slug = file.slug();
        String hash = hash(file);
        var existing = events.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        EventDetails details = checked(file, "", () -> EventDescription.check(eventOf(file)));
        Event event = existing.orElseGet(() -> new Event(slug, OffsetDateTime.now(clock)));
        if (existing.isEmpty()) {
            event.describe(details);
            event.initialCapacity(details.capacity());
            events.add(event);
        } else {
            event = events.lock(event.getId());
            event.describe(details);
            long id = event.getId();
            checked(file, "capacity", () -> {
                seats.changeCapacity("events_event", id, details.capacity(), "l'événement");
                return null;
            });
        }
        event.setSourceHash(hash);
        for (Map<?, ?> raw : sessionsOf(file)) {
            importSession(file, event, raw);
        }
        search.changed(EventIndexer.TYPE, event.getId());
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    private void importSession(ContentFile file, Event event, Map<?, ?> raw) {
        String code = text(raw, "code");
        if (code == null || !fr.passerelle.kernel.api.Slugs.isValid(code)) {
            throw new ContentError(file.lineOf("sessions"), "chaque session a un « code » en minuscules et tirets");
        }
        SessionDetails d = checked(file, "sessions", () -> SessionDescription.check(new SessionDescription.Raw(
                text(raw, "title"), text(raw, "kind"), text(raw, "description"), text(raw, "startsAt"),
                text(raw, "endsAt"), text(raw, "room"), text(raw, "track"), list(raw, "speakers"), number(raw, "capacity"),
                list(raw, "themes"), list(raw, "audiences")), event));
        var found = events.sessionByCode(event.getId(), code);
        if (found.isEmpty()) {
            EventSession session = new EventSession(event.getId(), code, d.capacity());
            session.describe(d);
            events.add(session);
        } else {
            found.get().describe(d);
            checked(file, "sessions", () -> {
                seats.changeCapacity("events_session", found.get().getId(), d.capacity(), "la session « " + code + " »");
                return null;
            });
        }
    }

    private static EventDescription.Raw eventOf(ContentFile file) {
        Map<String, Object> f = file.fields();
        return new EventDescription.Raw(text(f, "edition"), text(f, "title"), file.body(), text(f, "venue"),
                text(f, "address"), text(f, "startsAt"), text(f, "endsAt"), text(f, "registrationOpensAt"),
                text(f, "registrationClosesAt"), number(f, "capacity"), list(f, "organisers"));
    }

    private static List<Map<?, ?>> sessionsOf(ContentFile file) {
        Object value = file.fields().get("sessions");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw new ContentError(file.lineOf("sessions"), "« sessions » doit être une liste de sessions");
        }
        return list.stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).toList();
    }

    private static <T> T checked(ContentFile file, String field, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput e) {
            String f = e.errors().get(0).getField();
            throw new ContentError(file.lineOf(field.isEmpty() ? f : field), "champ « " + f + " » "
                    + e.errors().get(0).getMessage());
        } catch (Conflict e) {
            throw new ContentError(file.lineOf(field), e.getMessage());
        }
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString();
    }

    private static Integer number(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return v == null ? null : Integer.valueOf(v.toString().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> list(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(v.toString());
    }

    private static String hash(ContentFile file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", file.frontMatterLines()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
