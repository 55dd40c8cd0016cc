package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.web.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Minutes in search: the latest version of each meeting's minutes only (older ones are not searched, though
 * still readable on the page). Published public minutes for everyone; drafts, minutes under review or approved,
 * and members-only minutes for the body's members, secretariat and admins.
 */
@ApplicationScoped
public class MinutesIndexer implements SearchIndexer {

    public static final String TYPE = "minutes";
    @Inject
    MinutesRepository minutes;

    @Inject
    MeetingRepository meetings;

    @Inject
    BodyRepository bodies;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Compte rendu";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return InputRules.id(id).flatMap(minutes::byId).flatMap(this::toDocument);
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(minutes::afterId, Minutes::getId, m -> toDocument(m).ifPresent(sink));
    }

    Optional<SearchDocument> toDocument(Minutes m) {
        boolean latest = minutes.current(m.getMeetingId()).map(c -> c.getId().equals(m.getId())).orElse(false);
        Optional<Meeting> meeting = meetings.byId(m.getMeetingId());
        Optional<Body> body = meeting.flatMap(x -> bodies.byId(x.getBodyId()));
        if (!latest || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toDocument(m, meeting.get(), body.get()));
    }

    /** A pure function of the three entities. */
    static SearchDocument toDocument(Minutes m, Meeting meeting, Body body) {
        Readership readers = m.isPublished() ? m.getVisibility() : Readership.MEMBERS;
        return SearchDocument.builder(TYPE, String.valueOf(m.getId()))
                .url(meeting.path(body.getSlug()) + "#compte-rendu")
                .title("Compte rendu — " + meeting.getTitle())
                .summary(body.getName() + ", réunion du " + ParisTime.dateTime(meeting.getStartsAt()) + " ("
                        + m.getStatus().label().toLowerCase(java.util.Locale.ROOT) + ")")
                .body(Markdown.toPlainText(m.getText()))
                .date(m.isPublished() ? m.getPublishedAt() : m.getUpdatedAt())
                .published(m.isPublished())
                .facet(SearchFacets.THEME, Theme.GOUVERNANCE_PARTENARIATS.label())
                .visibleTo(Readers.grants(body, readers))
                .build();
    }
}
