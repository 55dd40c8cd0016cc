package fr.passerelle.events.entity;

import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A session of an event's programme: a plenary, a workshop, a masterclass or a round table, in a room, with its
 * own capacity. As for {@link Event}, {@code capacity} and {@code held} change only through conditional updates.
 */
@Entity
@Table(name = "events_session")
public class EventSession {

    @Id
    @SequenceGenerator(name = "events_session_seq", sequenceName = "events_session_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_session_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    /** The key of a session in a content file, so that a re-import updates it instead of adding another. */
    @Column
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(nullable = false)
    private String room;

    @Column(nullable = false)
    private String track;

    /** Names, one per line. */
    @Column(nullable = false)
    private String speakers;

    @Column(nullable = false, updatable = false)
    private int capacity;

    @Column(nullable = false, insertable = false, updatable = false)
    private int held;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "events_session_theme", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "theme", nullable = false)
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "events_session_audience", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "audience", nullable = false)
    private Set<String> audiences = new HashSet<>();

    protected EventSession() {
    }

    public EventSession(long eventId, String code, int capacity) {
        this.eventId = eventId;
        this.code = code;
        this.capacity = capacity;
    }

    public void describe(SessionDetails d) {
        this.title = d.title();
        this.kind = d.kind().code();
        this.description = d.description();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.room = d.room();
        this.track = d.track();
        this.speakers = String.join("\n", d.speakers());
        replace(themes, d.themes());
        replace(audiences, d.audiences());
    }

    private static void replace(Set<String> codes, Collection<? extends Term> terms) {
        Set<String> wanted = new HashSet<>();
        terms.forEach(t -> wanted.add(t.code()));
        if (!codes.equals(wanted)) {
            codes.retainAll(wanted);
            codes.addAll(wanted);
        }
    }

    /** True when the two sessions share a moment (touching ends do not overlap). */
    public boolean overlaps(EventSession other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return SessionKind.fromCode(kind).orElse(SessionKind.ATELIER);
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getRoom() {
        return room;
    }

    public String getTrack() {
        return track;
    }

    public List<String> getSpeakers() {
        return speakers.isBlank() ? List.of() : List.of(speakers.split("\n"));
    }

    public int getCapacity() {
        return capacity;
    }

    public int getHeld() {
        return held;
    }

    public List<Theme> getThemes() {
        return known(themes, Theme::fromCode);
    }

    public List<Audience> getAudiences() {
        return known(audiences, Audience::fromCode);
    }

    private static <T extends Enum<T>> List<T> known(Set<String> codes, Function<String, Optional<T>> lookup) {
        return codes.stream().map(lookup).flatMap(Optional::stream).sorted(Comparator.naturalOrder()).toList();
    }
}
