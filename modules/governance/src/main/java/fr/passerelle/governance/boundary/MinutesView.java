package fr.passerelle.governance.boundary;

import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesComment;
import fr.passerelle.governance.entity.MinutesTransition;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A version of minutes, with its workflow history and, for members, the review comments. */
@JsonbPropertyOrder({"id", "meeting", "version", "status", "visibility", "text", "reviewDeadline", "approval",
        "erratumNote", "publishedAt", "updatedAt", "transitions", "comments", "versions"})
public record MinutesView(long id, long meeting, int version, String status, String visibility, String text,
                          LocalDate reviewDeadline, Approval approval, String erratumNote, OffsetDateTime publishedAt,
                          OffsetDateTime updatedAt, List<TransitionView> transitions, List<CommentView> comments,
                          List<VersionView> versions) {

    @JsonbPropertyOrder({"how", "meeting", "note"})
    public record Approval(String how, Long meeting, String note) {
    }

    @JsonbPropertyOrder({"from", "to", "at", "by", "note"})
    public record TransitionView(String from, String to, OffsetDateTime at, String by, String note) {
        static TransitionView of(MinutesTransition t) {
            return new TransitionView(t.getFrom() == null ? null : t.getFrom().code(), t.getTo().code(), t.getAt(),
                    t.getActorName(), t.getNote());
        }
    }

    @JsonbPropertyOrder({"id", "line", "replyTo", "author", "text", "at"})
    public record CommentView(long id, Integer line, Long replyTo, String author, String text, OffsetDateTime at) {
        static CommentView of(MinutesComment c) {
            return new CommentView(c.getId(), c.getLine(), c.getReplyTo(), c.getAuthorName(), c.getText(),
                    c.getCreatedAt());
        }
    }

    @JsonbPropertyOrder({"version", "status", "publishedAt"})
    public record VersionView(int version, String status, OffsetDateTime publishedAt) {
    }

    /**
     * @param comments null when the caller may not read them
     */
    public static MinutesView of(Minutes m, List<MinutesTransition> transitions, List<MinutesComment> comments,
                                 List<VersionView> versions) {
        Approval approval = m.getApprovalMode() == null ? null
                : new Approval(m.getApprovalMode().equals(Minutes.APPROVED_AT_MEETING) ? "meeting" : "deadline",
                m.getApprovedAtMeetingId(), m.getApprovalNote());
        return new MinutesView(m.getId(), m.getMeetingId(), m.getVersion(), m.getStatus().code(),
                m.getVisibility().code(), m.getText(), m.getReviewDeadline(), approval, m.getErratumNote(),
                m.getPublishedAt(), m.getUpdatedAt(), transitions.stream().map(TransitionView::of).toList(),
                comments == null ? null : comments.stream().map(CommentView::of).toList(), versions);
    }
}
