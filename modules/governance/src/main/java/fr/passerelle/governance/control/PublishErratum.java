package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesStatus;
import fr.passerelle.governance.entity.MinutesTransition;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The secretariat corrects published minutes: a new version, published at once with the same readers, saying
 * what it corrects. The version it replaces stays as it was, readable by whoever could read it.
 */
@ApplicationScoped
public class PublishErratum {

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

    @Transactional(Transactional.TxType.MANDATORY)
    public Minutes publish(Body body, Meeting meeting, String text, String note, String actorSubject, String actorName,
                           String pageUrl) {
        meetings.lock(meeting);
        Minutes published = minutes.current(meeting.getId()).filter(Minutes::isPublished)
                .orElseThrow(() -> new Conflict("Seul un compte rendu publié se corrige par un erratum ; "
                        + "les autres se modifient directement."));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.text(errors, "text", text, WriteMinutes.TEXT_MAX);
        String n = TextFields.line(errors, "note", note, MinutesWorkflow.NOTE_MAX);
        if (t.isEmpty() && errors.isEmpty()) {
            errors.add("text", "est obligatoire");
        }
        if (errors.isEmpty() && t.equals(published.getText())) {
            errors.add("text", "est identique à la version publiée : un erratum doit corriger quelque chose");
        }
        errors.throwIfAny();
        var now = ParisTime.now(clock);
        Minutes next = Minutes.erratum(published, t, n, now);
        minutes.add(next);
        minutes.add(new MinutesTransition(next.getId(), null, MinutesStatus.PUBLIE, now, actorSubject, actorName,
                "Erratum à la version " + published.getVersion() + " : " + n));
        notices.published(body, meeting, next, pageUrl);
        search.changed(MinutesIndexer.TYPE, published.getId());
        search.changed(MinutesIndexer.TYPE, next.getId());
        return next;
    }
}
