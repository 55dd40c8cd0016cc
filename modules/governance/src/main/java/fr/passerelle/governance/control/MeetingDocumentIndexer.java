package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.SearchIndexer;
import fr.passerelle.kernel.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The documents of meetings in search, by the text the kernel extracted from them, for those who may download
 * them: everyone when the meeting's documents are public, else the body's members, secretariat and admins.
 */
@ApplicationScoped
public class MeetingDocumentIndexer implements SearchIndexer {

    public static final String TYPE = "meeting-document";

    @Inject
    Attachments attachments;

    @Inject
    MeetingRepository meetings;

    @Inject
    BodyRepository bodies;

    @Inject
    MeetingDocuments documents;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "Document de réunion";
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return EntityIds.parse(id).flatMap(attachments::find).flatMap(f -> documents.meetingOf(f.owner())
                .flatMap(m -> bodies.byId(m.getBodyId()).map(b -> toDocument(f, attachments.text(f.id()), m, b))));
    }

    @Override
    public void exportAll(Consumer<SearchDocument> sink) {
        EntityIds.walk(meetings::afterId, Meeting::getId, m -> bodies.byId(m.getBodyId()).ifPresent(b ->
                attachments.ofOwner(MeetingDocuments.owner(m))
                        .forEach(f -> sink.accept(toDocument(f, attachments.text(f.id()), m, b)))));
    }

    static SearchDocument toDocument(StoredFile f, String text, Meeting meeting, Body body) {
        return SearchDocument.builder(TYPE, String.valueOf(f.id()))
                .url(meeting.path(body.getSlug()) + "#documents")
                .title(f.filename())
                .summary("Document de la réunion « " + meeting.getTitle() + " » — " + body.getName() + ", "
                        + ParisTime.dateTime(meeting.getStartsAt()))
                .body(text)
                .date(f.storedAt())
                .published(true)
                .facet(SearchFacets.THEME, Theme.GOUVERNANCE_PARTENARIATS.label())
                .visibleTo(Readers.grants(body, meeting.getDocumentsVisibility()))
                .build();
    }
}
