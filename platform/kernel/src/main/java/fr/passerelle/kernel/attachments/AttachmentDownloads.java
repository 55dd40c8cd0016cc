package fr.passerelle.kernel.attachments;

import fr.passerelle.kernel.security.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Optional;

/**
 * Serves stored files at {@code /fichiers/{id}/{name}}, to whom the owner's module allows
 * ({@link AttachmentAccess}). An unknown id, a name that is not the file's, an owner no module claims and a
 * refusal all answer the same 404, so that the address tells nothing of files one may not see.
 *
 * <p>Headers: the exact type of the checked content, its length, {@code nosniff}; PDF and images open in the
 * browser, office files download (Content-Disposition with the UTF-8 name, RFC 6266); {@code sandbox} as the
 * content security policy, so that a file opened in the browser runs no script and has no access to the
 * site's origin (it replaces the pages' policy, see SecurityHeaders); an ETag from the SHA-256, revalidated
 * at every use so that access is checked again ({@code no-cache}), {@code private} unless the owner is public.
 * The bytes are streamed from the database.
 */
@Path("fichiers")
public class AttachmentDownloads {

    static final String NOT_FOUND = "Ce fichier n'existe pas, ou vous n'avez pas le droit de le consulter.";

    @Inject
    Attachments attachments;

    @Inject
    Instance<AttachmentAccess> accesses;

    @Inject
    Caller caller;

    @Context
    Request request;

    @GET
    @Path("{id}/{name}")
    public Response download(@PathParam("id") String id, @PathParam("name") String name) {
        StoredFile file = parseId(id).flatMap(attachments::find)
                .filter(f -> f.url().equals("/fichiers/" + id + "/" + name))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        AttachmentAccess access = accessFor(file.owner()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!access.mayRead(file.owner(), caller)) {
            throw new NotFoundException(NOT_FOUND);
        }
        EntityTag tag = new EntityTag(file.sha256());
        // JAX-RS's CacheControl cannot say "public", which shared caches need to keep a file at all.
        String cache = (access.isPublic(file.owner()) ? "public" : "private") + ", no-cache";
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return headers(notModified).tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
        }
        StreamingOutput bytes = out -> attachments.copy(file.id(), out);
        return headers(Response.ok(bytes, file.kind().mediaType()))
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("Content-Disposition", FileNames.contentDisposition(file.filename(), file.kind().opensInBrowser()))
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder builder) {
        return builder.header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox");
    }

    private static Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    /** The module's access rule for an owner, by the owner's prefix; two modules claiming one prefix is a bug. */
    Optional<AttachmentAccess> accessFor(String owner) {
        String prefix = owner.substring(0, Math.max(owner.indexOf(':'), 0));
        List<AttachmentAccess> matching = accesses.stream().filter(a -> a.ownerPrefix().equals(prefix)).toList();
        if (matching.size() > 1) {
            throw new IllegalStateException("plusieurs AttachmentAccess pour le préfixe " + prefix);
        }
        return matching.stream().findFirst();
    }
}
