package fr.passerelle.app.probe;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * Test-only endpoint storing uploads for an owner given in the query, as a module's API would: multipart or
 * raw bytes, in a transaction that also writes an outbox row (JPA), and that fails on demand after the file is
 * stored, to show that nothing is left of it.
 */
@Path("api/test-probe/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeAttachmentEndpoint {

    @Inject
    Attachments attachments;

    @Inject
    Outbox outbox;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response multipart(@QueryParam("owner") String owner, @QueryParam("fail") boolean fail, List<EntityPart> parts) {
        Upload upload = Uploads.file(parts);
        String title = Uploads.field(parts, "titre").orElse("");
        return created(store(owner, upload, fail), title);
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Transactional
    public Response raw(@QueryParam("owner") String owner, @QueryParam(Uploads.NAME_PARAMETER) String name,
                        InputStream body) {
        return created(store(owner, Uploads.raw(name, body), false), "");
    }

    private StoredFile store(String owner, Upload upload, boolean fail) {
        StoredFile file = attachments.store(owner, upload);
        outbox.append("test-probe.attachment", "{\"id\":" + file.id() + "}");
        if (fail) {
            throw new IllegalStateException("échec volontaire après l'enregistrement du fichier");
        }
        return file;
    }

    @GET
    public String ofOwner(@QueryParam("owner") String owner) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        attachments.ofOwner(owner).forEach(f -> files.add(json(f, "")));
        return files.build().toString();
    }

    @GET
    @Path("{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    public String text(@PathParam("id") long id) {
        return attachments.text(id);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        attachments.delete(id);
        return Response.noContent().build();
    }

    private static Response created(StoredFile file, String title) {
        return Response.created(URI.create(file.url())).entity(json(file, title).toString()).build();
    }

    static JsonObject json(StoredFile file, String title) {
        return Json.createObjectBuilder().add("id", file.id()).add("owner", file.owner()).add("filename", file.filename())
                .add("kind", file.kind().name()).add("mediaType", file.kind().mediaType()).add("size", file.size())
                .add("sizeLabel", file.sizeLabel()).add("sha256", file.sha256()).add("url", file.url())
                .add("storedAt", file.storedAt().toString()).add("titre", title).build();
    }
}
