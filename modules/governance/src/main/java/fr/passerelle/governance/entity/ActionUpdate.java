package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A dated entry of an action's log: a comment, and optionally new progress, status and evidence link. */
@Entity
@Table(name = "governance_action_update")
public class ActionUpdate {

    @Id
    @SequenceGenerator(name = "governance_action_update_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_action_update_seq")
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(name = "author_subject")
    private String authorSubject;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String comment;

    private Integer progress;

    private String status;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    protected ActionUpdate() {
    }

    public ActionUpdate(long actionId, OffsetDateTime at, String authorSubject, String authorName, String comment,
                        Integer progress, ActionStatus status, String evidenceUrl) {
        this.actionId = actionId;
        this.at = at;
        this.authorSubject = authorSubject;
        this.authorName = authorName;
        this.comment = comment;
        this.progress = progress;
        this.status = status == null ? null : status.code();
        this.evidenceUrl = evidenceUrl;
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getComment() {
        return comment;
    }

    public Integer getProgress() {
        return progress;
    }

    public ActionStatus getStatus() {
        return status == null ? null : ActionStatus.fromCode(status).orElse(null);
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }
}
