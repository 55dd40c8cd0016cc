package fr.passerelle.resources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A resource of the centre: a guide, a tool, a training… shared under a licence. */
@Entity
@Table(name = "resources_resource")
public class Resource {

    public static final String PROPOSED = "proposed";
    public static final String PUBLISHED = "published";

    @Id
    @SequenceGenerator(name = "resources_resource_seq", sequenceName = "resources_resource_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resources_resource_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String licence;

    @Column(nullable = false)
    private String status;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    protected Resource() {
    }

    public Resource(String slug, OffsetDateTime now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = PROPOSED;
    }

    public void describe(String title, String summary, String body, ResourceType type, Licence licence) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.type = type.code();
        this.licence = licence.id();
    }

    public void publish(OffsetDateTime at) {
        if (!PUBLISHED.equals(status)) {
            status = PUBLISHED;
            publishedAt = at;
        }
    }

    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public ResourceType getType() {
        return ResourceType.fromCode(type).orElse(ResourceType.GUIDE);
    }

    public Licence getLicence() {
        return Licence.fromId(licence).orElse(Licence.DEFAULT);
    }

    public String getStatus() {
        return status;
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

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
