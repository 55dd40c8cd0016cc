package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of a meeting's minutes. Versions after the first are errata of a published version; a
 * published version is never changed again (the use cases refuse it, this class makes it visible).
 */
@Entity
@Table(name = "governance_minutes")
public class Minutes {

    public static final String APPROVED_AT_MEETING = "seance";
    public static final String APPROVED_AFTER_DEADLINE = "delai";

    @Id
    @SequenceGenerator(name = "governance_minutes_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_minutes_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String visibility;

    @Column(nullable = false)
    private String text;

    @Column(name = "review_deadline")
    private LocalDate reviewDeadline;

    @Column(name = "approval_mode")
    private String approvalMode;

    @Column(name = "approved_at_meeting_id")
    private Long approvedAtMeetingId;

    @Column(name = "approval_note")
    private String approvalNote;

    @Column(name = "erratum_note")
    private String erratumNote;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Minutes() {
    }

    public Minutes(long meetingId, int version, String text, Readership visibility, OffsetDateTime now) {
        this.meetingId = meetingId;
        this.version = version;
        this.status = MinutesStatus.BROUILLON.code();
        this.text = text;
        this.visibility = visibility.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the text may still change: drafts and minutes under review only. */
    public boolean isEditable() {
        MinutesStatus s = getStatus();
        return s == MinutesStatus.BROUILLON || s == MinutesStatus.EN_RELECTURE;
    }

    public void edit(String text, Readership visibility, OffsetDateTime now) {
        if (!isEditable()) {
            throw new IllegalStateException("minutes " + id + " are " + status);
        }
        this.text = text;
        this.visibility = visibility.code();
        this.updatedAt = now;
    }

    public void openReview(LocalDate deadline, OffsetDateTime now) {
        this.status = MinutesStatus.EN_RELECTURE.code();
        this.reviewDeadline = deadline;
        this.updatedAt = now;
    }

    public void approve(String mode, Long atMeetingId, String note, OffsetDateTime now) {
        this.status = MinutesStatus.APPROUVE.code();
        this.approvalMode = mode;
        this.approvedAtMeetingId = atMeetingId;
        this.approvalNote = note;
        this.updatedAt = now;
    }

    public void publish(Readership visibility, OffsetDateTime now) {
        this.status = MinutesStatus.PUBLIE.code();
        this.visibility = visibility.code();
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** A new version correcting a published one: published at once, the old one kept as it was. */
    public static Minutes erratum(Minutes published, String text, String note, OffsetDateTime now) {
        Minutes next = new Minutes(published.meetingId, published.version + 1, text, published.getVisibility(), now);
        next.approvalMode = published.approvalMode;
        next.approvedAtMeetingId = published.approvedAtMeetingId;
        next.approvalNote = published.approvalNote;
        next.erratumNote = note;
        next.status = MinutesStatus.PUBLIE.code();
        next.publishedAt = now;
        return next;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getVersion() {
        return version;
    }

    public MinutesStatus getStatus() {
        return MinutesStatus.fromCode(status).orElse(MinutesStatus.BROUILLON);
    }

    public boolean isPublished() {
        return getStatus() == MinutesStatus.PUBLIE;
    }

    public Readership getVisibility() {
        return Readership.fromCode(visibility).orElse(Readership.MEMBERS);
    }

    public String getText() {
        return text;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public String getApprovalMode() {
        return approvalMode;
    }

    public Long getApprovedAtMeetingId() {
        return approvedAtMeetingId;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public String getErratumNote() {
        return erratumNote;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
