package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionSummary;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionUpdate;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An action; {@code updates} (its log) only on {@code GET /api/governance/actions/{id}} and after a change. */
@JsonbPropertyOrder({"id", "body", "title", "description", "owner", "ownerName", "ownerOrganisation", "contributors",
        "dueDate", "status", "reason", "progress", "late", "visibility", "decision", "url", "updatedAt", "updates"})
public record ActionView(long id, String body, String title, String description, Long owner, String ownerName,
                         String ownerOrganisation, List<Long> contributors, LocalDate dueDate, String status,
                         String reason, int progress, boolean late, String visibility, String decision, String url,
                         OffsetDateTime updatedAt, List<UpdateView> updates) {

    @JsonbPropertyOrder({"at", "by", "comment", "progress", "status", "evidence"})
    public record UpdateView(OffsetDateTime at, String by, String comment, Integer progress, String status,
                             String evidence) {
        static UpdateView of(ActionUpdate u) {
            return new UpdateView(u.getAt(), u.getAuthorName(), u.getComment(), u.getProgress(),
                    u.getStatus() == null ? null : u.getStatus().code(), u.getEvidenceUrl());
        }
    }

    public static ActionView of(Action a, Body body, Map<Long, Member> members, String decisionNumber, Clock clock,
                                List<ActionUpdate> updates) {
        Member owner = a.getOwnerMemberId() == null ? null : members.get(a.getOwnerMemberId());
        return new ActionView(a.getId(), body.getSlug(), a.getTitle(), a.getDescription(), a.getOwnerMemberId(),
                owner == null ? null : owner.getName(), owner == null ? a.getOwnerOrganisation() : owner.getOrganisation(),
                a.getContributorIds().stream().sorted().toList(), a.getDueDate(), a.getStatus().code(),
                a.getStatusReason(), a.getProgress(), a.isLate(ParisTime.today(clock)), a.getVisibility().code(),
                decisionNumber, a.path(body.getSlug()), a.getUpdatedAt(),
                updates == null ? null : updates.stream().map(UpdateView::of).toList());
    }

    /** The short form of the follow-up item of an agenda. */
    public static ActionView of(ActionSummary s, String bodySlug) {
        return new ActionView(s.id(), bodySlug, s.title(), null, s.ownerMemberId(), s.owner(), null, null, s.dueDate(),
                s.status(), null, s.progress(), s.late(), s.visibility(), null, s.url(), null, null);
    }
}
