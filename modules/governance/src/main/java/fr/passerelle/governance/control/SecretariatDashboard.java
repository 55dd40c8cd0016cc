package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Action;
import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.governance.entity.ActionUpdate;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the secretariat of a body watches: open, late and done actions by owner and by college, and what changed
 * since the last meeting held (updates of actions, new actions).
 */
@ApplicationScoped
public class SecretariatDashboard {

    static final String OUTSIDE = "Organisations hors collèges";
    static final int CHANGES_MAX = 100;

    @Inject
    ActionRepository actions;

    @Inject
    MeetingRepository meetings;

    @Inject
    BodyDirectory directory;

    @Inject
    Clock clock;

    /** Counts of one row of the dashboard. Closed = done or abandoned. */
    public static final class Counts {
        int open;
        int late;
        int done;
        int abandoned;

        public int getOpen() {
            return open;
        }

        public int getLate() {
            return late;
        }

        public int getDone() {
            return done;
        }

        public int getAbandoned() {
            return abandoned;
        }
    }

    public record Change(OffsetDateTime at, String atLabel, String actionTitle, String actionUrl, String author,
                         String comment, Integer progress, String status) {
    }

    public record View(Map<String, Counts> byOwner, Map<String, Counts> byCollege, Counts total,
                       Optional<Meeting> lastMeeting, List<Change> changes, List<ActionSummary> newActions) {
    }

    public View of(Body body) {
        var today = ParisTime.today(clock);
        Map<Long, Member> members = directory.members(body);
        Map<Long, College> colleges = directory.colleges(body);
        List<Action> all = actions.ofBody(body.getId());
        Map<String, Counts> byOwner = new TreeMap<>();
        Map<String, Counts> byCollege = new LinkedHashMap<>();
        colleges.values().forEach(c -> byCollege.put(c.getLabel(), new Counts()));
        Counts total = new Counts();
        for (Action a : all) {
            ActionSummary s = ActionSummary.of(a, body, members, today);
            String college = s.collegeId() == null ? OUTSIDE
                    : Optional.ofNullable(colleges.get(s.collegeId())).map(College::getLabel).orElse(OUTSIDE);
            for (Counts c : List.of(byOwner.computeIfAbsent(s.owner(), k -> new Counts()),
                    byCollege.computeIfAbsent(college, k -> new Counts()), total)) {
                count(c, a, s.late());
            }
        }
        OffsetDateTime now = ParisTime.now(clock);
        Optional<Meeting> last = meetings.lastHeldBefore(body.getId(), now);
        OffsetDateTime since = last.map(Meeting::getStartsAt).orElse(InputRules.EARLIEST.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime());
        Map<Long, Action> byId = all.stream().collect(java.util.stream.Collectors.toMap(Action::getId,
                Function.identity()));
        List<Change> changes = actions.updatesSince(body.getId(), since, CHANGES_MAX).stream()
                .map(u -> change(u, byId.get(u.getActionId()), body)).toList();
        List<ActionSummary> created = all.stream().filter(a -> !a.getCreatedAt().isBefore(since))
                .map(a -> ActionSummary.of(a, body, members, today)).toList();
        return new View(byOwner, byCollege, total, last, changes, created);
    }

    private static void count(Counts c, Action a, boolean late) {
        if (a.getStatus() == ActionStatus.FAITE) {
            c.done++;
        } else if (a.getStatus() == ActionStatus.ABANDONNEE) {
            c.abandoned++;
        } else {
            c.open++;
            if (late) {
                c.late++;
            }
        }
    }

    private static Change change(ActionUpdate u, Action a, Body body) {
        return new Change(u.getAt(), ParisTime.dateTime(u.getAt()), a == null ? "" : a.getTitle(),
                a == null ? "" : a.path(body.getSlug()), u.getAuthorName(), u.getComment(), u.getProgress(),
                u.getStatus() == null ? null : u.getStatus().label());
    }
}
