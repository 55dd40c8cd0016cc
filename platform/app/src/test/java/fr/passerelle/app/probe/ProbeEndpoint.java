package fr.passerelle.app.probe;

import fr.passerelle.kernel.mail.MailMessage;
import fr.passerelle.kernel.mail.Mailer;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Test-only endpoint (added to test deployments, never to the WAR) to drive the outbox and jobs. */
@Path("api/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeEndpoint {

    @Inject
    Mailer mailer;

    @POST
    @Path("mail")
    @Transactional
    public Response mail(@QueryParam("to") String to, @QueryParam("subject") String subject,
                         @QueryParam("fail") boolean fail) {
        mailer.send(new MailMessage(List.of(to), subject, "Message de test de Passerelle."));
        if (fail) {
            throw new IllegalStateException("échec volontaire après la mise en file du courriel");
        }
        return Response.accepted().build();
    }

    @GET
    @Path("job-runs")
    public List<Long> jobRuns() {
        return List.copyOf(ProbeJob.RUNS);
    }
}
