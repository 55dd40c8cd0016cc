package fr.passerelle.governance.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting ({@code GET /api/governance/meetings/{id}}). The video link, attendance and reserved minutes are
 * there for the body's members and secretariat only.
 */
@JsonbPropertyOrder({"id", "body", "title", "startsAt", "endsAt", "location", "videoUrl", "status",
        "documentsVisibility", "url", "agenda", "attendance", "minutes", "decisions", "documents"})
public record MeetingView(long id, String body, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                          String location, String videoUrl, String status, String documentsVisibility, String url,
                          List<AgendaItemView> agenda, List<AttendanceView> attendance, MinutesView minutes,
                          List<DecisionView> decisions, List<DocumentView> documents) {

    @JsonbPropertyOrder({"member", "name", "status", "representedBy"})
    public record AttendanceView(long member, String name, String status, String representedBy) {
    }

    @JsonbPropertyOrder({"id", "filename", "kind", "size", "url"})
    public record DocumentView(long id, String filename, String kind, long size, String url) {
    }
}
