package fr.passerelle.governance.boundary;

import java.util.List;

/** The small JSON bodies of the governance API (the larger ones live with their use cases). */
public final class Requests {

    private Requests() {
    }

    /** {@code POST /api/governance/bodies/{slug}/meetings}. */
    public record NewMeeting(String title, String startsAt, String endsAt, String location, String videoUrl,
                             String documentsVisibility) {
    }

    /** {@code PATCH /api/governance/meetings/{id}}: {@code planifiee}, {@code tenue} or {@code annulee}. */
    public record MeetingStatusChange(String status) {
    }

    public record NewAgendaItem(String title, String presenter, String outcome) {
    }

    public record AttendanceLine(String member, String status, String representedBy) {
    }

    /** {@code PUT /api/governance/meetings/{id}/minutes}. */
    public record MinutesText(String text, String visibility) {
    }

    public record NewComment(String text, Integer line, String replyTo) {
    }

    public record Erratum(String text, String note) {
    }

    /** {@code PUT /api/governance/bodies/{slug}/colleges}: the whole list, in order. */
    public record CollegeList(List<CollegeEntry> colleges) {
    }

    public record CollegeEntry(String code, String label) {
    }
}
