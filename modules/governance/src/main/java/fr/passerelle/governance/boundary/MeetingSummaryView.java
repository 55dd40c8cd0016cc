package fr.passerelle.governance.boundary;

import fr.passerelle.governance.entity.Meeting;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

@JsonbPropertyOrder({"id", "title", "startsAt", "endsAt", "location", "status", "url"})
public record MeetingSummaryView(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
                                 String status, String url) {

    public static MeetingSummaryView of(Meeting m, String bodySlug) {
        return new MeetingSummaryView(m.getId(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getLocation(),
                m.getStatus().code(), m.path(bodySlug));
    }
}
