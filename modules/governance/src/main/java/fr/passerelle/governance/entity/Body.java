package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A governance body: the national partnership body, a steering committee… */
@Entity
@Table(name = "governance_body")
public class Body {

    @Id
    @SequenceGenerator(name = "governance_body_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_body_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    /** Prefix of decision numbers, e.g. {@code INP} in {@code INP-2026-07}. */
    @Column(nullable = false)
    private String acronym;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "default_visibility", nullable = false)
    private String defaultVisibility;

    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Body() {
    }

    public Body(String slug, OffsetDateTime now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String name, String acronym, String purpose, Readership defaultVisibility, boolean illustrative,
                         OffsetDateTime now) {
        this.name = name;
        this.acronym = acronym;
        this.purpose = purpose;
        this.defaultVisibility = defaultVisibility.code();
        this.illustrative = illustrative;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getPurpose() {
        return purpose;
    }

    public Readership getDefaultVisibility() {
        return Readership.fromCode(defaultVisibility).orElse(Readership.MEMBERS);
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public void setSourceHash(String sourceHash) {
        this.sourceHash = sourceHash;
    }

    public String getPath() {
        return "/gouvernance/" + slug;
    }
}
