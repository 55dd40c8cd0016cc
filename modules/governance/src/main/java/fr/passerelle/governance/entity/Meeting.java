package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A meeting of a body. Dates are stored as instants and shown in Europe/Paris. */
@Entity
@Table(name = "governance_meeting")
public class Meeting {

    @Id
    @SequenceGenerator(name = "governance_meeting_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_meeting_seq")
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    /** Set for imported meetings only, so that the import finds them again. */
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(nullable = false)
    private String location;

    /** Members only: a public page never shows the link to join. */
    @Column(name = "video_url")
    private String videoUrl;

    @Column(nullable = false)
    private String status;

    @Column(name = "documents_visibility", nullable = false)
    private String documentsVisibility;

    /** iCalendar SEQUENCE: raised at every change a calendar should pick up. */
    @Column(nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Meeting() {
    }

    public Meeting(long bodyId, String slug, OffsetDateTime now) {
        this.bodyId = bodyId;
        this.slug = slug;
        this.status = MeetingStatus.PLANIFIEE.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void schedule(String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String location, String videoUrl,
                         Readership documentsVisibility, OffsetDateTime now) {
        boolean calendarChange = this.startsAt != null && (!startsAt.isEqual(this.startsAt)
                || !endsAt.isEqual(this.endsAt) || !location.equals(this.location) || !title.equals(this.title));
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.videoUrl = videoUrl;
        this.documentsVisibility = documentsVisibility.code();
        this.updatedAt = now;
        if (calendarChange) {
            sequence++;
        }
    }

    public void changeStatus(MeetingStatus status, OffsetDateTime now) {
        if (!status.code().equals(this.status)) {
            this.status = status.code();
            this.updatedAt = now;
            sequence++;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getLocation() {
        return location;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public MeetingStatus getStatus() {
        return MeetingStatus.fromCode(status).orElse(MeetingStatus.PLANIFIEE);
    }

    public Readership getDocumentsVisibility() {
        return Readership.fromCode(documentsVisibility).orElse(Readership.MEMBERS);
    }

    public int getSequence() {
        return sequence;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The meeting's page, below its body's. */
    public String path(String bodySlug) {
        return "/gouvernance/" + bodySlug + "/reunions/" + id;
    }
}
