package fr.passerelle.resources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A reader's report on a published resource, queued for the editors until one of them closes it. */
@Entity
@Table(name = "resources_report")
public class ResourceReport {

    @Id
    @SequenceGenerator(name = "resources_report_seq", sequenceName = "resources_report_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resources_report_seq")
    private Long id;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String details;

    @Column(name = "reporter_subject", nullable = false)
    private String reporterSubject;

    @Column(name = "reporter_name")
    private String reporterName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected ResourceReport() {
    }

    public ResourceReport(long resourceId, ReportReason reason, String details, String reporterSubject,
                          String reporterName, OffsetDateTime at) {
        this.resourceId = resourceId;
        this.reason = reason.code();
        this.details = details;
        this.reporterSubject = reporterSubject;
        this.reporterName = reporterName;
        this.createdAt = at;
    }

    public void close(String by, OffsetDateTime at) {
        if (closedAt == null) {
            closedAt = at;
            closedBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public long getResourceId() {
        return resourceId;
    }

    public ReportReason getReason() {
        return ReportReason.fromCode(reason).orElse(ReportReason.OTHER);
    }

    public String getDetails() {
        return details;
    }

    public String getReporterName() {
        return reporterName;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public boolean isOpen() {
        return closedAt == null;
    }
}
