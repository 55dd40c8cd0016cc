package fr.passerelle.territories.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pilot territory: a commune, an intercommunality, a département, a région or a grouping of
 * départements, identified by its official code. The départements and régions it lies in are derived
 * from that code and stored so that lists can filter on them.
 */
@Entity
@Table(name = "territories_territory")
public class Territory {

    @Id
    @SequenceGenerator(name = "territories_territory_seq", sequenceName = "territories_territory_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territories_territory_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    private String code;

    private Long population;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false)
    private String presentation;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_territory_departement", joinColumns = @JoinColumn(name = "territory_id"))
    @Column(name = "departement", nullable = false)
    private Set<String> departements = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_territory_region", joinColumns = @JoinColumn(name = "territory_id"))
    @Column(name = "region", nullable = false)
    private Set<String> regions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_contact", joinColumns = @JoinColumn(name = "territory_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_editor", joinColumns = @JoinColumn(name = "territory_id"))
    private Set<EditorSeen> editors = new HashSet<>();

    protected Territory() {
    }

    public Territory(String slug, OffsetDateTime now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String name, TerritoryKind kind, String code, Long population, BigDecimal latitude,
                         BigDecimal longitude, String presentation) {
        this.name = name;
        this.kind = kind.code();
        this.code = code;
        this.population = population;
        this.latitude = latitude;
        this.longitude = longitude;
        this.presentation = presentation;
    }

    /** Where the official codes place the territory. */
    public void place(Collection<String> departements, Collection<String> regions) {
        replace(this.departements, departements);
        replace(this.regions, regions);
    }

    private static void replace(Set<String> current, Collection<String> wanted) {
        Set<String> w = new HashSet<>(wanted);
        if (!current.equals(w)) {
            current.retainAll(w);
            current.addAll(w);
        }
    }

    public void reachAt(List<Contact> contacts) {
        if (!this.contacts.toString().equals(contacts.toString())) {
            this.contacts.clear();
            this.contacts.addAll(contacts);
        }
    }

    /** Remembers a territory editor who wrote for this territory (the row is locked by the caller). */
    public void wroteBy(String subject, String name, OffsetDateTime at) {
        editors.removeIf(e -> e.getSubject().equals(subject));
        editors.add(new EditorSeen(subject, name, at));
    }

    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return "/territoires/" + slug;
    }

    public String getName() {
        return name;
    }

    public TerritoryKind getKind() {
        return TerritoryKind.fromCode(kind).orElse(TerritoryKind.GROUPEMENT);
    }

    public String getCode() {
        return code;
    }

    public Long getPopulation() {
        return population;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getPresentation() {
        return presentation;
    }

    /** Sorted codes. */
    public Set<String> getDepartements() {
        return new TreeSet<>(departements);
    }

    /** Sorted codes. */
    public Set<String> getRegions() {
        return new TreeSet<>(regions);
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
    }

    /** Most recent first. */
    public List<EditorSeen> getEditors() {
        return editors.stream().sorted((a, b) -> b.getLastWriteAt().compareTo(a.getLastWriteAt())).toList();
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

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
