package fr.passerelle.app.probe;

import fr.passerelle.kernel.search.SearchChanges;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Test-only endpoint: writes a {@link ProbeNotes} note and announces it, as a module would. */
@Path("api/test-probe/notes/{id}")
public class ProbeNoteEndpoint {

    @Inject
    SearchChanges changes;

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
