package fr.passerelle.resources.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A methodology path ("parcours"): an introduction, then ordered steps through the centre's resources. */
@Entity
@Table(name = "resources_path")
public class MethodPath {

    @Id
    @SequenceGenerator(name = "resources_path_seq", sequenceName = "resources_path_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resources_path_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Column(nullable = false)
    private String introduction;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resources_path_step", joinColumns = @JoinColumn(name = "path_id"))
    @OrderBy("number")
    private List<PathStep> steps = new ArrayList<>();

    protected MethodPath() {
    }

    public MethodPath(String slug) {
        this.slug = slug;
    }

    public void describe(String title, String summary, String introduction, List<PathStep> steps, String sourceHash,
                         OffsetDateTime at) {
        this.title = title;
        this.summary = summary;
        this.introduction = introduction;
        this.steps.clear();
        this.steps.addAll(steps);
        this.sourceHash = sourceHash;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return "/parcours/" + slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getSourceHash() {
        return sourceHash;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<PathStep> getSteps() {
        return List.copyOf(steps);
    }
}
