package fr.passerelle.resources.entity;

import fr.passerelle.kernel.vocabulary.Licence;
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

/** A resource of the centre: a guide, a tool, a training… shared under a licence. */
@Entity
@Table(name = "resources_resource")
public class Resource {

    public static final String PUBLISHED = ResourceStatus.PUBLISHED.code();

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

    /** The token subject of the proposer; null for imported content. */
    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposer_name")
    private String proposerName;

    /** Code of {@link TerritorialLevel}, or null when the resource fits every level. */
    @Column(name = "territorial_level")
    private String territorialLevel;

    @Column(name = "producer_name")
    private String producerName;

    @Column(name = "producer_url")
    private String producerUrl;

    @Column(name = "external_url")
    private String externalUrl;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "search_text")
    private String searchText;

    /** Codes of {@link Theme}; eager because every view of a resource shows them (a few short rows). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resources_resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme", nullable = false)
    private Set<String> themes = new HashSet<>();

    /** Codes of {@link Audience}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resources_resource_audience", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "audience", nullable = false)
    private Set<String> audiences = new HashSet<>();

    protected Resource() {
    }

    public Resource(String slug, OffsetDateTime now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = ResourceStatus.PROPOSED.code();
    }

    public void describe(String title, String summary, String body, ResourceType type, Licence licence) {
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.type = type.code();
        this.licence = licence.id();
    }

    /** Replaces the themes and audiences; the collections are only changed when they differ. */
    public void classify(Collection<Theme> themes, Collection<Audience> audiences) {
        replace(this.themes, themes);
        replace(this.audiences, audiences);
    }

    private static void replace(Set<String> codes, Collection<? extends Term> terms) {
        Set<String> wanted = new HashSet<>();
        terms.forEach(t -> wanted.add(t.code()));
        if (!codes.equals(wanted)) {
            codes.retainAll(wanted);
            codes.addAll(wanted);
        }
    }

    /** Where the resource applies, who made it and where it lives outside Passerelle; blanks are nulls. */
    public void situate(TerritorialLevel level, String producerName, String producerUrl, String externalUrl) {
        this.territorialLevel = level == null ? null : level.code();
        this.producerName = blankToNull(producerName);
        this.producerUrl = blankToNull(producerUrl);
        this.externalUrl = blankToNull(externalUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public void proposedBy(String subject) {
        proposedBy(subject, null);
    }

    public void proposedBy(String subject, String name) {
        this.proposedBy = subject;
        this.proposerName = name;
    }

    /** Publishes; the first publication date is kept when a resource is published again. */
    public void publish(OffsetDateTime at) {
        moveTo(ResourceStatus.PUBLISHED, at);
    }

    public void moveTo(ResourceStatus next, OffsetDateTime at) {
        status = next.code();
        if (next == ResourceStatus.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
    }

    public void setReviewComment(String comment) {
        this.reviewComment = blankToNull(comment);
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public ResourceStatus status() {
        return ResourceStatus.fromCode(status).orElse(ResourceStatus.PROPOSED);
    }

    public boolean isProposedBy(String subject) {
        return subject != null && subject.equals(proposedBy);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    /** The address of the resource's public page. */
    public String getPath() {
        return "/ressources/" + slug;
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

    /** Themes in the vocabulary's order; codes no longer known are left out. */
    public List<Theme> getThemes() {
        return known(themes, Theme::fromCode);
    }

    /** Audiences in the vocabulary's order; codes no longer known are left out. */
    public List<Audience> getAudiences() {
        return known(audiences, Audience::fromCode);
    }

    private static <T extends Enum<T>> List<T> known(Set<String> codes, Function<String, Optional<T>> lookup) {
        return codes.stream().map(lookup).flatMap(Optional::stream).sorted(Comparator.naturalOrder()).toList();
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public String getStatus() {
        return status;
    }

    public String getProposerName() {
        return proposerName;
    }

    public Optional<TerritorialLevel> getTerritorialLevel() {
        return territorialLevel == null ? Optional.empty() : TerritorialLevel.fromCode(territorialLevel);
    }

    public String getProducerName() {
        return producerName;
    }

    public String getProducerUrl() {
        return producerUrl;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getSearchText() {
        return searchText;
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
