package fr.passerelle.events.entity;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An edition of Numérique en Commun[s] (or any gathering run the same way): where and when, its registration
 * window and its global capacity. {@code held} is the number of seats pending and confirmed registrations hold;
 * it only changes through {@code SeatLedger}'s conditional updates, never through this entity.
 */
@Entity
@Table(name = "events_event")
public class Event {

    @Id
    @SequenceGenerator(name = "events_event_seq", sequenceName = "events_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_event_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String edition;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String venue;

    @Column(nullable = false)
    private String address;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "registration_opens_at", nullable = false)
    private OffsetDateTime registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private OffsetDateTime registrationClosesAt;

    /** Closed by an organiser whatever the dates say. */
    @Column(name = "registration_closed", nullable = false)
    private boolean registrationClosed;

    @Column(nullable = false, updatable = false)
    private int capacity;

    @Column(nullable = false, insertable = false, updatable = false)
    private int held;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "events_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "username", nullable = false)
    private Set<String> organisers = new HashSet<>();

    protected Event() {
    }

    public Event(String slug, OffsetDateTime createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public void describe(EventDetails d) {
        this.edition = d.edition();
        this.title = d.title();
        this.description = d.description();
        this.venue = d.venue();
        this.address = d.address();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.registrationOpensAt = d.registrationOpensAt();
        this.registrationClosesAt = d.registrationClosesAt();
        replace(organisers, d.organisers());
    }

    /** Only for a new event; later changes go through the capacity use case, which checks seats held. */
    public void initialCapacity(int capacity) {
        this.capacity = capacity;
    }

    private static void replace(Set<String> current, Collection<String> wanted) {
        Set<String> target = new HashSet<>(wanted);
        if (!current.equals(target)) {
            current.retainAll(target);
            current.addAll(target);
        }
    }

    public void closeRegistration(boolean closed) {
        this.registrationClosed = closed;
    }

    /** Open when the organisers have not closed it and now is within the window. */
    public boolean isRegistrationOpen(OffsetDateTime now) {
        return !registrationClosed && !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
    }

    public boolean isPast(OffsetDateTime now) {
        return !now.isBefore(endsAt);
    }

    public boolean isOrganiser(String username) {
        return username != null && organisers.contains(username);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return "/evenements/" + slug;
    }

    public String getEdition() {
        return edition;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public OffsetDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public OffsetDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public boolean isRegistrationClosed() {
        return registrationClosed;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getHeld() {
        return held;
    }

    public List<String> getOrganisers() {
        return organisers.stream().sorted().toList();
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public void setSourceHash(String sourceHash) {
        this.sourceHash = sourceHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
