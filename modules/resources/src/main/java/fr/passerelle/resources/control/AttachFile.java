package fr.passerelle.resources.control;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Adds a file to a resource, or removes one, for whoever may edit it. The file's text joins the resource's
 * search text and its search document in the same transaction.
 */
@ApplicationScoped
public class AttachFile {

    public static final String FIELD = "Pièces jointes";

    @Inject
    ResourceRepository resources;

    @Inject
    ResourcePolicy policy;

    @Inject
    Attachments attachments;

    @Inject
    ResourceFiles files;

    @Inject
    ResourceJournal journal;


    @Inject
    Clock clock;

    /** @throws fr.passerelle.kernel.errors.InvalidInput (field "fichier") for a refused file */
    @Transactional
    public StoredFile attach(String slug, Upload upload) {
        Resource r = policy.checkMayEdit(resources.bySlugForUpdate(slug));
        StoredFile stored = attachments.store(ResourceFiles.owner(r.getId()), upload);
        changed(r, "pièce jointe ajoutée", new FieldChange(FIELD, null, stored.filename()));
        return stored;
    }

    @Transactional
    public void detach(String slug, long fileId) {
        Resource r = policy.checkMayEdit(resources.bySlugForUpdate(slug));
        StoredFile file = attachments.find(fileId).filter(f -> f.owner().equals(ResourceFiles.owner(r.getId())))
                .orElseThrow(() -> new NotFoundException("Ce fichier n'est pas joint à cette ressource."));
        attachments.delete(file.id());
        changed(r, "pièce jointe retirée", new FieldChange(FIELD, file.filename(), null));
    }

    private void changed(Resource r, String action, FieldChange change) {
        ResourceContent.refreshSearchText(r, files.text(r));
        r.touch(OffsetDateTime.now(clock));
        journal.changed(r, action, null, false, List.of(change));
    }
}
