package fr.passerelle.territories.entity;

import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An initiative of a territory, documented as a commons: what problem, what was done, with whom and
 * which money, what it achieved and what its team learnt, under a licence that lets others reuse it.
 * {@code publication} (draft or published) is who may read it; {@code status} is where the work stands.
 */
@Entity
@Table(name = "territories_initiative")
public class Initiative {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    @Id
    @SequenceGenerator(name = "territories_initiative_seq", sequenceName = "territories_initiative_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territories_initiative_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private String problem;

    @Column(nullable = false)
    private String actions;

    @Column(name = "what_worked", nullable = false)
    private String whatWorked;

    @Column(name = "what_stuck", nullable = false)
    private String whatStuck;

    @Column(name = "to_spread", nullable = false)
    private String toSpread;

    @Column(nullable = false)
    private String licence;

    @Column(nullable = false)
    private String publication;

    @Embedded
    private Attribution copiedFrom;

    /** Token subject of the person who created it; null for imported content. */
    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_initiative_theme", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "theme", nullable = false)
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_initiative_audience", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "audience", nullable = false)
    private Set<String> audiences = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_initiative_resource", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @Column(name = "resource_slug", nullable = false)
    private List<String> resources = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_partner", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_funding", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<FundingLine> funding = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "territories_indicator", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    protected Initiative() {
    }

    public Initiative(String slug, Territory territory, OffsetDateTime now) {
        this.slug = slug;
        this.territory = territory;
        this.createdAt = now;
        this.updatedAt = now;
        this.publication = DRAFT;
        this.licence = Licence.DEFAULT.id();
    }

    public void describe(String title, String summary, InitiativeStatus status, LocalDate startDate, LocalDate endDate,
                         Licence licence) {
        this.title = title;
        this.summary = summary;
        this.status = status.code();
        this.startDate = startDate;
        this.endDate = endDate;
        this.licence = licence.id();
    }

    public void tell(String problem, String actions, String whatWorked, String whatStuck, String toSpread) {
        this.problem = problem;
        this.actions = actions;
        this.whatWorked = whatWorked;
        this.whatStuck = whatStuck;
        this.toSpread = toSpread;
    }

    public void classify(Collection<Theme> themes, Collection<Audience> audiences) {
        replace(this.themes, themes.stream().map(Term::code).toList());
        replace(this.audiences, audiences.stream().map(Term::code).toList());
    }

    /** Replaces the lists; a list is only rewritten when it differs, so an unchanged save writes no rows. */
    public void account(List<Partner> partners, List<FundingLine> funding, List<Indicator> indicators,
                        List<String> resources) {
        replace(this.partners, partners);
        replace(this.funding, funding);
        replace(this.indicators, indicators);
        replace(this.resources, resources);
    }

    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.toString().equals(wanted.toString())) {
            current.clear();
            current.addAll(wanted);
        }
    }

    private static void replace(Set<String> current, Collection<String> wanted) {
        Set<String> w = new HashSet<>(wanted);
        if (!current.equals(w)) {
            current.retainAll(w);
            current.addAll(w);
        }
    }

    public void copiedFrom(Attribution source) {
        this.copiedFrom = source;
    }

    public void createdBy(String subject) {
        this.createdBy = subject;
    }

    public void publish(OffsetDateTime at) {
        if (!isPublished()) {
            publication = PUBLISHED;
            publishedAt = at;
        }
    }

    public void unpublish() {
        publication = DRAFT;
        publishedAt = null;
    }

    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    public boolean isPublished() {
        return PUBLISHED.equals(publication);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return "/initiatives/" + slug;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public InitiativeStatus getStatus() {
        return InitiativeStatus.fromCode(status).orElse(InitiativeStatus.IDEE);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getProblem() {
        return problem;
    }

    public String getActions() {
        return actions;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public String getWhatStuck() {
        return whatStuck;
    }

    public String getToSpread() {
        return toSpread;
    }

    public Licence getLicence() {
        return Licence.fromId(licence).orElse(Licence.DEFAULT);
    }

    public String getPublication() {
        return publication;
    }

    /** The initiative this one was copied from, if any. */
    public Optional<Attribution> getCopiedFrom() {
        return copiedFrom == null || copiedFrom.getSlug() == null ? Optional.empty() : Optional.of(copiedFrom);
    }

    public String getCreatedBy() {
        return createdBy;
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

    public List<Theme> getThemes() {
        return known(themes, Theme::fromCode);
    }

    public List<Audience> getAudiences() {
        return known(audiences, Audience::fromCode);
    }

    private static <T extends Enum<T>> List<T> known(Set<String> codes, Function<String, Optional<T>> lookup) {
        return codes.stream().map(lookup).flatMap(Optional::stream).sorted(Comparator.naturalOrder()).toList();
    }

    public List<String> getResources() {
        return List.copyOf(resources);
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public List<FundingLine> getFunding() {
        return List.copyOf(funding);
    }

    public long getFundingTotalCents() {
        return funding.stream().mapToLong(FundingLine::getAmountCents).sum();
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }
}
