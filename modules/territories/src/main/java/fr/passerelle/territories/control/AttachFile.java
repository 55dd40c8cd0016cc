package fr.passerelle.territories.control;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.territories.entity.Initiative;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The writers of an initiative attach a document to it (checked and stored by the kernel) or remove one. */
@RequestScoped
public class AttachFile {

    @Inject
    WriteInitiative write;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryPolicy policy;

    @Inject
    Attachments attachments;

    @Inject
    InitiativeJournal journal;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public StoredFile attach(String slug, Upload upload) {
        Initiative initiative = writable(slug);
        StoredFile file = attachments.store(InitiativeAttachments.owner(initiative), upload);
        initiative.touch(OffsetDateTime.now(clock));
        journal.changed(initiative, Actor.of(caller), "pièce jointe ajoutée", null,
                List.of(new FieldChange("attachments", null, file.filename())));
        return file;
    }

    @Transactional
    public void remove(String slug, long fileId) {
        Initiative initiative = writable(slug);
        StoredFile file = attachments.find(fileId).filter(f -> f.owner().equals(InitiativeAttachments.owner(initiative)))
                .orElseThrow(() -> new NotFoundException("Cette pièce jointe n'existe pas."));
        attachments.delete(file.id());
        initiative.touch(OffsetDateTime.now(clock));
        journal.changed(initiative, Actor.of(caller), "pièce jointe retirée", null,
                List.of(new FieldChange("attachments", file.filename(), null)));
    }

    private Initiative writable(String slug) {
        caller.requireSignedIn();
        Initiative initiative = write.readable(slug);
        policy.checkMayWrite(initiative.getTerritory());
        return initiatives.lock(initiative);
    }
}
