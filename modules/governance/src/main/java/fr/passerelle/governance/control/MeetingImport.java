package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesComment;
import fr.passerelle.governance.entity.MinutesStatus;
import fr.passerelle.governance.entity.MinutesTransition;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter.Outcome;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A meeting file ({@code type: meeting}): the meeting with its agenda, attendance, minutes (taken straight to the
 * status the file gives, with the steps recorded as done by the import, and no e-mail), review comments and
 * decisions. A meeting already imported is left alone: what the platform changed since wins.
 */
@ApplicationScoped
public class MeetingImport {

    static final String IMPORT = "Import du contenu";

    @Inject
    BodyRepository bodies;

    @Inject
    MeetingRepository meetings;

    @Inject
    MinutesRepository minutes;

    @Inject
    DecisionRepository decisions;

    @Inject
    ScheduleMeeting scheduling;

    @Inject
    DraftAgenda agenda;

    @Inject
    RecordAttendance attendance;

    @Inject
    RecordDecision recording;

    @Inject
    ChangeMeetingStatus statuses;

    @Inject
    SearchChanges search;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome importMeeting(ContentFile file) {
        String slug = file.slug();
        Body body = bodies.bySlug(file.text("body"))
                .orElseThrow(() -> new fr.passerelle.kernel.content.ContentError(file.lineOf("body"),
                        "l'instance « " + file.text("body") + " » n'existe pas (son fichier doit venir avant)"));
        if (meetings.bySlug(body.getId(), slug).isPresent()) {
            return Outcome.UNCHANGED;
        }
        ContentValues root = ContentValues.of(file.fields(), file.name(), 2);
        try {
            Meeting meeting = scheduling.schedule(body, slug, MeetingDraft.check(file.text("title"),
                    root.required("startsAt"), root.text("endsAt"), file.optionalText("location"),
                    file.optionalText("videoUrl"), file.optionalText("documents"), body.getDefaultVisibility()));
            Map<String, AgendaItem> items = new HashMap<>();
            for (ContentValues i : root.list("agenda")) {
                items.put(i.required("key"), agenda.add(meeting, i.text("title"), i.text("presenter"), i.text("outcome")));
            }
            for (ContentValues a : root.list("attendance")) {
                attendance.record(body, meeting, a.text("member"), a.text("status"), a.text("representedBy"));
            }
            for (ContentValues d : root.list("decisions")) {
                AgendaItem item = items.get(d.required("item"));
                if (item == null) {
                    throw d.error("« item » doit être la clé (key) d'un point de l'ordre du jour");
                }
                Decision decision = recording.record(body, meeting, new DecisionDraft(String.valueOf(item.getId()),
                        d.text("title"), d.text("text"), d.text("adoption"), d.number("for"), d.number("against"),
                        d.number("abstentions"), d.text("visibility"), null));
                decision.setSourceKey(slug + "/" + d.required("key"));
            }
            MeetingStatus status = InputRules.term(new InvalidInput.Collector(), "status", file.optionalText("status"),
                    MeetingStatus.class, MeetingStatus.PLANIFIEE);
            if (status != MeetingStatus.PLANIFIEE) {
                statuses.change(body, meeting, status.code());
            }
            ContentValues m = root.map("minutes");
            if (m != null) {
                importMinutes(body, meeting, m, file.body());
            }
        } catch (InvalidInput e) {
            throw root.error(e.errors().get(0).getField() + " " + e.errors().get(0).getMessage());
        }
        return Outcome.CREATED;
    }

    private void importMinutes(Body body, Meeting meeting, ContentValues m, String text) {
        MinutesStatus target = InputRules.term(new InvalidInput.Collector(), "status", m.text("status"),
                MinutesStatus.class, MinutesStatus.BROUILLON);
        Readership visibility = InputRules.term(new InvalidInput.Collector(), "visibility", m.text("visibility"),
                Readership.class, body.getDefaultVisibility());
        OffsetDateTime at = meeting.getEndsAt().plusDays(2);
        Minutes minutes = new Minutes(meeting.getId(), 1, text, visibility, at);
        this.minutes.add(minutes);
        step(minutes, null, MinutesStatus.BROUILLON, at, "Brouillon rédigé.");
        if (target.ordinal() >= MinutesStatus.EN_RELECTURE.ordinal()) {
            var deadline = InputRules.date(new InvalidInput.Collector(), "reviewDeadline", m.required("reviewDeadline"));
            at = at.plusDays(1);
            minutes.openReview(deadline, at);
            step(minutes, MinutesStatus.BROUILLON, MinutesStatus.EN_RELECTURE, at,
                    "Relecture ouverte jusqu'au " + ParisTime.date(deadline) + ".");
            for (ContentValues c : m.list("comments")) {
                this.minutes.add(new MinutesComment(minutes.getId(), c.number("line"), null, null, c.required("author"),
                        c.required("text"), at.plusHours(4)));
            }
        }
        if (target.ordinal() >= MinutesStatus.APPROUVE.ordinal()) {
            at = minutes.getReviewDeadline().plusDays(1).atStartOfDay(ParisTime.ZONE).toOffsetDateTime();
            minutes.approve(Minutes.APPROVED_AFTER_DEADLINE, null, m.text("approvalNote"), at);
            step(minutes, MinutesStatus.EN_RELECTURE, MinutesStatus.APPROUVE, at,
                    "Approuvé par le secrétariat à l'issue du délai de relecture.");
        }
        if (target == MinutesStatus.PUBLIE) {
            at = at.plusDays(1);
            minutes.publish(visibility, at);
            step(minutes, MinutesStatus.APPROUVE, MinutesStatus.PUBLIE, at, "Publié.");
        }
        search.changed(MinutesIndexer.TYPE, minutes.getId());
    }

    private void step(Minutes m, MinutesStatus from, MinutesStatus to, OffsetDateTime at, String note) {
        minutes.add(new MinutesTransition(m.getId(), from, to, at, null, IMPORT, note));
    }
}
