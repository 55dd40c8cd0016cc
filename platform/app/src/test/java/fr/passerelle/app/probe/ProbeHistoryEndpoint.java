package fr.passerelle.app.probe;

import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.history.ChangeRecord;
import fr.passerelle.kernel.history.Changes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Test-only endpoint: records changes of a probe entity in the kernel's history, as a module would. */
@Path("api/test-probe/history/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeHistoryEndpoint {

    @Inject
    ChangeHistory history;

    @POST
    @Transactional
    public Response record(@PathParam("id") String id, @QueryParam("title") String title,
                           @QueryParam("fail") boolean fail) {
        Changes changes = new Changes().compare("title", "Ancien titre", title).compare("licence", "etalab-2.0", "CC0-1.0");
        history.record("probe", id, new Actor("sujet-" + id, "Élodie Garnier"), "modifiée", "Licence changée à la demande",
                changes.touches("licence"), changes.list());
        if (fail) {
            throw new IllegalStateException("échec volontaire après l'enregistrement du changement");
        }
        return Response.noContent().build();
    }

    @GET
    public List<ChangeRecord> list(@PathParam("id") String id) {
        return history.of("probe", id);
    }
}
