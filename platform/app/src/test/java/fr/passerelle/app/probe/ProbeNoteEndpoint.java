package fr.passerelle.app.probe;

import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.search.SimilarDocument;
import fr.passerelle.kernel.search.SimilarDocuments;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/** Test-only endpoint: writes a {@link ProbeNotes} note and announces it, as a module would; lists similar notes. */
@Path("api/test-probe/notes/{id}")
public class ProbeNoteEndpoint {

    @Inject
    SearchChanges changes;

    @Inject
    SimilarDocuments similar;

    /** The ids of the notes like this one that the caller may see. */
    @GET
    @Path("similar")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> similar(@PathParam("id") String id) {
        return similar.like("note", id, Set.of("note"), 10).stream().map(SimilarDocument::id).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response put(@PathParam("id") String id, ProbeNotes.Note note) {
        ProbeNotes.NOTES.put(id, note);
        changes.changed("note", id);
        return Response.noContent().build();
    }

    @DELETE
    @Transactional
    public Response delete(@PathParam("id") String id) {
        ProbeNotes.NOTES.remove(id);
        changes.changed("note", id);
        return Response.noContent().build();
    }
}
