package fr.passerelle.resources.control;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** A resource's attached files, owned as {@code resources:resource:<id>} in the kernel's attachments. */
@ApplicationScoped
public class ResourceFiles {

    public static final String PREFIX = "resources";
    static final String OWNER_START = PREFIX + ":resource:";

    @Inject
    Attachments attachments;

    public static String owner(long resourceId) {
        return OWNER_START + resourceId;
    }

    /** The resource id of an owner string of this module, if it is one. */
    public static OptionalLong resourceId(String owner) {
        if (owner == null || !owner.startsWith(OWNER_START)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(owner.substring(OWNER_START.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public List<StoredFile> of(Resource r) {
        return r.getId() == null ? List.of() : attachments.ofOwner(owner(r.getId()));
    }

    /** The extracted text of every attached file, for search. */
    public String text(Resource r) {
        return of(r).stream().map(f -> f.filename() + " " + attachments.text(f.id()))
                .collect(Collectors.joining("\n"));
    }
}
