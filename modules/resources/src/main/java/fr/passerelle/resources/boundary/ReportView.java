package fr.passerelle.resources.boundary;

import fr.passerelle.resources.entity.ResourceReport;
import java.time.OffsetDateTime;

/** A reader's report as the editors' API shows it. */
public record ReportView(long id, String resource, String reason, String reasonLabel, String details,
                         String reporter, OffsetDateTime createdAt, OffsetDateTime closedAt, String closedBy) {

    static ReportView of(ResourceReport r, String resourceSlug) {
        return new ReportView(r.getId(), resourceSlug, r.getReason().code(), r.getReason().label(), r.getDetails(),
                r.getReporterName(), r.getCreatedAt(), r.getClosedAt(), r.getClosedBy());
    }
}
