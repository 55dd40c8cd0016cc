package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
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

/**
 * The secretariat writes a meeting's minutes: the first call drafts them, later ones edit the draft or the
 * version under review. Approved and published minutes are refused (409): a published version is corrected by
 * an erratum, which is a new version ({@link PublishErratum}).
 */
@ApplicationScoped
public class WriteMinutes {

    public static final int TEXT_MAX = 100_000;

    @Inject
    MinutesRepository minutes;

    @Inject
    MeetingRepository meetings;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Minutes write(Body body, Meeting meeting, String text, String visibility, String actorSubject,
                         String actorName) {
        meetings.lock(meeting);
        var current = minutes.current(meeting.getId());
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.text(errors, "text", text, TEXT_MAX);
        if (t.isEmpty() && errors.isEmpty()) {
            errors.add("text", "est obligatoire");
        }
        Readership fallback = current.map(Minutes::getVisibility).orElse(body.getDefaultVisibility());
        Readership v = InputRules.term(errors, "visibility", visibility, Readership.class, fallback);
        errors.throwIfAny();
        var now = ParisTime.now(clock);
        if (current.isEmpty()) {
            Minutes drafted = new Minutes(meeting.getId(), 1, t, v, now);
            minutes.add(drafted);
            minutes.add(new MinutesTransition(drafted.getId(), null, MinutesStatus.BROUILLON, now, actorSubject,
                    actorName, "Brouillon rédigé."));
            search.changed(MinutesIndexer.TYPE, drafted.getId());
            return drafted;
        }
        Minutes m = current.get();
        if (m.isPublished()) {
            throw new Conflict("Ce compte rendu est publié : il ne peut plus être modifié. Publiez un erratum, "
                    + "qui en fera une nouvelle version (POST …/minutes/errata).");
        }
        if (!m.isEditable()) {
            throw new Conflict("Ce compte rendu est approuvé : son texte ne peut plus changer avant sa publication.");
        }
        m.edit(t, v, now);
        search.changed(MinutesIndexer.TYPE, m.getId());
        return m;
    }
}
