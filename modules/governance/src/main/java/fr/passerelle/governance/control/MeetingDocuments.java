package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.attachments.AttachmentAccess;
import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * The documents of a meeting, stored by the kernel's attachments under the owner {@code governance:meeting:<id>},
 * and who may download them: everyone when the meeting's documents are public, else the body's sitting members
 * and its secretariat (the same rule as every reserved document, {@link GovernancePolicy}).
 */
@ApplicationScoped
public class MeetingDocuments implements AttachmentAccess {

    public static final String OWNER_PREFIX = "governance";
    static final String MEETING = OWNER_PREFIX + ":meeting:";

    @Inject
    Attachments attachments;

    @Inject
    MeetingRepository meetings;

    @Inject
    BodyRepository bodies;

    @Inject
    GovernancePolicy policy;

    @Inject
    SearchChanges search;

    /** A stored file as governance lists it. */
    public record Document(long id, String filename, String kind, long size, String sizeLabel, String url) {
        static Document of(StoredFile f) {
            return new Document(f.id(), f.filename(), f.kind().label(), f.size(), f.sizeLabel(), f.url());
        }
    }

    public static String owner(Meeting meeting) {
        return MEETING + meeting.getId();
    }

    public List<Document> of(Meeting meeting) {
        return attachments.ofOwner(owner(meeting)).stream().map(Document::of).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Document attach(Meeting meeting, Upload upload) {
        StoredFile stored = attachments.store(owner(meeting), upload);
        search.changed(MeetingDocumentIndexer.TYPE, stored.id());
        return Document.of(stored);
    }

    /** Removes one of the meeting's documents; a file of anything else is "not found" here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(Meeting meeting, String fileId) {
        StoredFile file = InputRules.id(fileId).flatMap(attachments::find)
                .filter(f -> f.owner().equals(owner(meeting)))
                .orElseThrow(() -> new NotFoundException("Cette réunion n'a pas de document portant ce numéro."));
        attachments.delete(file.id());
        search.changed(MeetingDocumentIndexer.TYPE, file.id());
    }

    @Override
    public String ownerPrefix() {
        return OWNER_PREFIX;
    }

    /** Called in the download request: the policy reads the same caller. */
    @Override
    public boolean mayRead(String owner, Caller caller) {
        return meetingOf(owner).map(m -> bodies.byId(m.getBodyId())
                .map(b -> policy.mayRead(b, m.getDocumentsVisibility())).orElse(false)).orElse(false);
    }

    @Override
    public boolean isPublic(String owner) {
        return meetingOf(owner).map(m -> m.getDocumentsVisibility() == Readership.PUBLIC).orElse(false);
    }

    /** The meeting whose documents the owner names; empty for any other owner. */
    Optional<Meeting> meetingOf(String owner) {
        if (owner == null || !owner.startsWith(MEETING)) {
            return Optional.empty();
        }
        return InputRules.id(owner.substring(MEETING.length())).flatMap(meetings::byId);
    }

}
