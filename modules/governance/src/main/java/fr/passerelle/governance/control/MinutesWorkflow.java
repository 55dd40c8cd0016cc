package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesStatus;
import fr.passerelle.governance.entity.MinutesTransition;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Moves minutes along brouillon → en relecture → approuvé → publié, one step at a time and in that order only;
 * each step is recorded with who and when. Members are mailed when the review opens and at publication.
 */
@ApplicationScoped
public class MinutesWorkflow {

    static final int REVIEW_DAYS = 14;
    static final int NOTE_MAX = 1000;
    static final Map<String, MinutesStatus> TARGETS = Map.of("review", MinutesStatus.EN_RELECTURE,
            "approved", MinutesStatus.APPROUVE, "published", MinutesStatus.PUBLIE);

    @Inject
    MinutesRepository minutes;

    @Inject
    MeetingRepository meetings;

    @Inject
    MinutesNotices notices;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    /**
     * @param pageUrl the absolute address of the meeting's page, for the e-mails
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Minutes move(Body body, Meeting meeting, TransitionRequest request, String actorSubject, String actorName,
                        String pageUrl) {
        if (request == null || request.to() == null || !TARGETS.containsKey(request.to().strip())) {
            throw InvalidInput.of("to", "doit valoir review, approved ou published");
        }
        MinutesStatus target = TARGETS.get(request.to().strip());
        // Two secretaries clicking at once: the second waits here, then finds the step taken (409), so nothing is
        // recorded or mailed twice.
        meetings.lock(meeting);
        Minutes m = minutes.current(meeting.getId())
                .orElseThrow(() -> new Conflict("Cette réunion n'a pas encore de compte rendu : rédigez-le d'abord."));
        MinutesStatus from = m.getStatus();
        MinutesStatus expected = MinutesStatus.values()[target.ordinal() - 1];
        if (from != expected) {
            throw new Conflict("Le compte rendu est « " + from.label() + " » : il ne peut passer à « " + target.label()
                    + " » que depuis « " + expected.label() + " ».");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String note = TextFields.text(errors, "note", request.note(), NOTE_MAX);
        var now = ParisTime.now(clock);
        LocalDate today = ParisTime.today(clock);
        String recorded;
        switch (target) {
            case EN_RELECTURE -> {
                LocalDate deadline = InputRules.optionalDate(errors, "reviewDeadline", request.reviewDeadline());
                if (deadline != null && deadline.isBefore(today)) {
                    errors.add("reviewDeadline", "ne peut pas être déjà passée");
                }
                errors.throwIfAny();
                m.openReview(deadline == null ? today.plusDays(REVIEW_DAYS) : deadline, now);
                recorded = "Relecture ouverte jusqu'au " + ParisTime.date(m.getReviewDeadline()) + ".";
                notices.reviewOpened(body, meeting, m, pageUrl);
            }
            case APPROUVE -> recorded = approve(errors, body, meeting, m, request, note, today, now);
            default -> {
                Readership v = InputRules.term(errors, "visibility", request.visibility(), Readership.class,
                        m.getVisibility());
                errors.throwIfAny();
                m.publish(v, now);
                recorded = "Publié (" + v.label().toLowerCase(java.util.Locale.ROOT) + ").";
                notices.published(body, meeting, m, pageUrl);
            }
        }
        minutes.add(new MinutesTransition(m.getId(), from, target, now, actorSubject, actorName,
                note.isEmpty() ? recorded : recorded + " " + note));
        search.changed(MinutesIndexer.TYPE, m.getId());
        return m;
    }

    /**
     * Whether minutes of {@code meeting} may be said approved at {@code at}: a later meeting of the same body that
     * has begun and was not cancelled.
     */
    public static boolean mayApproveAt(Body body, Meeting meeting, Meeting at, OffsetDateTime now) {
        return at.getBodyId().equals(body.getId()) && at.getStartsAt().isAfter(meeting.getStartsAt())
                && !at.getStartsAt().isAfter(now) && at.getStatus() != MeetingStatus.ANNULEE;
    }

    private String approve(InvalidInput.Collector errors, Body body, Meeting meeting, Minutes m,
                           TransitionRequest request, String note, LocalDate today, OffsetDateTime now) {
        String how = request.how() == null ? "" : request.how().strip();
        if (how.equals("meeting")) {
            Meeting at = InputRules.id(request.meeting()).flatMap(meetings::byId)
                    .filter(x -> mayApproveAt(body, meeting, x, now)).orElse(null);
            if (at == null) {
                errors.add("meeting", "doit être l'identifiant d'une réunion ultérieure de la même instance, "
                        + "déjà ouverte et non annulée : on n'approuve pas en séance une réunion qui n'a pas eu lieu");
            }
            errors.throwIfAny();
            m.approve(Minutes.APPROVED_AT_MEETING, at.getId(), note, now);
            return "Approuvé en séance lors de la réunion « " + at.getTitle() + " » du "
                    + ParisTime.date(ParisTime.dateOf(at.getStartsAt())) + ".";
        }
        if (how.equals("deadline")) {
            errors.throwIfAny();
            if (!today.isAfter(m.getReviewDeadline())) {
                throw new Conflict("La relecture court jusqu'au " + ParisTime.date(m.getReviewDeadline())
                        + " : le secrétariat ne peut approuver seul qu'une fois ce délai passé, ou l'instance en séance.");
            }
            m.approve(Minutes.APPROVED_AFTER_DEADLINE, null, note, now);
            return "Approuvé par le secrétariat à l'issue du délai de relecture (" + ParisTime.date(m.getReviewDeadline())
                    + ").";
        }
        errors.add("how", "doit valoir meeting (en séance, avec meeting) ou deadline (après le délai de relecture)");
        errors.throwIfAny();
        return "";
    }
}
