package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An action as lists show it: who owns it (a name people read), when it is due, whether it is late. */
public record ActionSummary(long id, String title, String owner, Long ownerMemberId, Long collegeId, LocalDate dueDate,
                            String dueDateLabel, String status, String statusLabel, int progress, boolean late,
                            boolean closed, String visibility, String url) {

    public static ActionSummary of(Action a, Body body, Map<Long, Member> members, LocalDate today) {
        Member owner = a.getOwnerMemberId() == null ? null : members.get(a.getOwnerMemberId());
        String ownerLabel = owner != null ? owner.getName() + " (" + owner.getOrganisation() + ")"
                : a.getOwnerOrganisation() != null ? a.getOwnerOrganisation() : "—";
        return new ActionSummary(a.getId(), a.getTitle(), ownerLabel, a.getOwnerMemberId(),
                owner == null ? null : owner.getCollegeId(), a.getDueDate(), ParisTime.date(a.getDueDate()),
                a.getStatus().code(), a.getStatus().label(), a.getProgress(), a.isLate(today), a.getStatus().isClosed(),
                a.getVisibility().code(), a.path(body.getSlug()));
    }

    public static List<ActionSummary> of(List<Action> actions, Body body, Map<Long, Member> members, LocalDate today) {
        return actions.stream().map(a -> of(a, body, members, today)).toList();
    }

    /** Velocity reads record components through getters. */
    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public String getDueDateLabel() {
        return dueDateLabel;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public int getProgress() {
        return progress;
    }

    public boolean isLate() {
        return late;
    }

    public String getUrl() {
        return url;
    }
}
