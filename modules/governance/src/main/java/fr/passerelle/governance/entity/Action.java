package fr.passerelle.governance.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * An action followed from the decision that created it (or from the secretariat) to its completion. Its
 * owner is a member or an organisation; "late" is derived, never stored.
 */
@Entity
@Table(name = "governance_action")
public class Action {

    @Id
    @SequenceGenerator(name = "governance_action_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_action_seq")
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_member_id")
    private Long ownerMemberId;

    @Column(name = "owner_organisation")
    private String ownerOrganisation;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private String status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private String visibility;

    @Column(name = "source_key")
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Members who contribute besides the owner; eager because every view of an action lists them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "governance_action_contributor", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "member_id", nullable = false)
    private Set<Long> contributorIds = new HashSet<>();

    protected Action() {
    }

    public Action(long bodyId, Long decisionId, OffsetDateTime now) {
        this.bodyId = bodyId;
        this.decisionId = decisionId;
        this.status = ActionStatus.A_FAIRE.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String title, String description, Readership visibility) {
        this.title = title;
        this.description = description;
        this.visibility = visibility.code();
    }

    /** Exactly one of the two: a member, or an organisation outside the body's seats. */
    public void assign(Long ownerMemberId, String ownerOrganisation, Collection<Long> contributors, LocalDate dueDate) {
        this.ownerMemberId = ownerMemberId;
        this.ownerOrganisation = ownerMemberId == null ? ownerOrganisation : null;
        this.dueDate = dueDate;
        Set<Long> wanted = new HashSet<>(contributors);
        if (ownerMemberId != null) {
            wanted.remove(ownerMemberId);
        }
        if (!contributorIds.equals(wanted)) {
            contributorIds.retainAll(wanted);
            contributorIds.addAll(wanted);
        }
    }

    /** A new state; a closed action keeps the reason given (required for abandoned ones). */
    public void advance(ActionStatus status, int progress, String reason, OffsetDateTime now) {
        this.status = status.code();
        this.progress = status == ActionStatus.FAITE ? 100 : progress;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    public void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }

    /** Late: the due date has passed and the action is neither done nor abandoned. */
    public boolean isLate(LocalDate today) {
        return !getStatus().isClosed() && dueDate.isBefore(today);
    }

    public void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerMemberId() {
        return ownerMemberId;
    }

    public String getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return ActionStatus.fromCode(status).orElse(ActionStatus.A_FAIRE);
    }

    public String getStatusReason() {
        return statusReason;
    }

    public int getProgress() {
        return progress;
    }

    public Readership getVisibility() {
        return Readership.fromCode(visibility).orElse(Readership.MEMBERS);
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Set<Long> getContributorIds() {
        return Set.copyOf(contributorIds);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String path(String bodySlug) {
        return "/gouvernance/" + bodySlug + "/actions/" + id;
    }
}
