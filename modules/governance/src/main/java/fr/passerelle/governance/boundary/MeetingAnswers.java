package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionFollowUp;
import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MeetingDocuments;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.MinutesRepository;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.Readership;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the JSON of a meeting and of its minutes as the caller may see them. */
@RequestScoped
public class MeetingAnswers {

    @Inject
    GovernancePolicy policy;

    @Inject
    MeetingRepository meetings;

    @Inject
    MinutesRepository minutes;

    @Inject
    DecisionRepository decisions;

    @Inject
    ActionFollowUp followUp;

    @Inject
    BodyDirectory directory;

    @Inject
    MeetingDocuments documents;

    /** Whether the caller may read this version: published to everyone, or they are a member or the secretariat. */
    public boolean mayRead(Body body, Minutes m) {
        return policy.mayReadReserved(body) || (m.isPublished() && m.getVisibility() == Readership.PUBLIC);
    }

    public MeetingView meeting(Body body, Meeting m) {
        boolean reserved = policy.mayReadReserved(body);
        List<ActionView> open = m.getStatus() == MeetingStatus.PLANIFIEE
                ? followUp.open(body, reserved).stream().map(s -> ActionView.of(s, body.getSlug())).toList() : List.of();
        List<AgendaItemView> agenda = meetings.agenda(m.getId()).stream().map(i -> AgendaItemView.of(i, open)).toList();
        List<MeetingView.AttendanceView> attendance = null;
        if (reserved) {
            Map<Long, Member> members = directory.members(body);
            attendance = meetings.attendance(m.getId()).stream().map(a -> new MeetingView.AttendanceView(a.getMemberId(),
                    Optional.ofNullable(members.get(a.getMemberId())).map(Member::getName).orElse(""),
                    a.getStatus().code(), a.getRepresentedBy())).toList();
        }
        MinutesView shown = readableMinutes(body, m).map(x -> minutes(body, x)).orElse(null);
        List<DecisionView> decided = decisions.ofMeeting(m.getId()).stream()
                .filter(d -> policy.mayRead(body, d.getVisibility())).map(d -> DecisionView.of(d, body.getSlug())).toList();
        List<MeetingView.DocumentView> files = policy.mayRead(body, m.getDocumentsVisibility())
                ? documents.of(m).stream().map(f -> new MeetingView.DocumentView(f.id(), f.filename(), f.kind(),
                f.size(), f.url())).toList() : List.of();
        return new MeetingView(m.getId(), body.getSlug(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getLocation(),
                reserved ? m.getVideoUrl() : null, m.getStatus().code(), m.getDocumentsVisibility().code(),
                m.path(body.getSlug()), agenda, attendance, shown, decided, files);
    }

    /** The latest version the caller may read: for outsiders, the latest published public one. */
    public Optional<Minutes> readableMinutes(Body body, Meeting m) {
        return minutes.versions(m.getId()).stream().filter(x -> mayRead(body, x)).findFirst();
    }

    public MinutesView minutes(Body body, Minutes m) {
        boolean reserved = policy.mayReadReserved(body);
        List<MinutesView.VersionView> versions = minutes.versions(m.getMeetingId()).stream().filter(x -> mayRead(body, x))
                .map(x -> new MinutesView.VersionView(x.getVersion(), x.getStatus().code(), x.getPublishedAt())).toList();
        return MinutesView.of(m, minutes.transitions(m.getId()), reserved ? minutes.comments(m.getId()) : null, versions);
    }
}
