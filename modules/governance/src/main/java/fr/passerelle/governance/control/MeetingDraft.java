package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import java.time.Duration;
import java.time.OffsetDateTime;

/** The checked description of a meeting, whichever way it comes in. */
public record MeetingDraft(String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
                           String videoUrl, Readership documentsVisibility) {

    public static final int TITLE_MAX = 200;
    public static final int LOCATION_MAX = 300;
    static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

    /**
     * @param endsAt optional, two hours after the start when absent
     * @param location a place, or empty when there is a video link
     * @param documentsVisibility null for the body's default
     */
    public static MeetingDraft check(String title, String startsAt, String endsAt, String location, String videoUrl,
                                     String documentsVisibility, Readership bodyDefault) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String t = TextFields.line(errors, "title", title, TITLE_MAX);
        OffsetDateTime start = InputRules.dateTime(errors, "startsAt", startsAt);
        OffsetDateTime end = endsAt == null || endsAt.isBlank() ? null : InputRules.dateTime(errors, "endsAt", endsAt);
        String video = InputRules.webLink(errors, "videoUrl", videoUrl);
        String place = location == null || location.isBlank() ? "" : TextFields.line(errors, "location", location,
                LOCATION_MAX);
        if (place != null && place.isEmpty() && video == null && errors.isEmpty()) {
            errors.add("location", "est obligatoire (un lieu, ou un lien de visioconférence dans videoUrl)");
        }
        Readership docs = InputRules.term(errors, "documentsVisibility", documentsVisibility, Readership.class,
                bodyDefault);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add("endsAt", "doit être après le début de la réunion");
        }
        errors.throwIfAny();
        return new MeetingDraft(t, start, end == null ? start.plus(DEFAULT_LENGTH) : end,
                place.isEmpty() ? "Visioconférence" : place, video, docs);
    }
}
