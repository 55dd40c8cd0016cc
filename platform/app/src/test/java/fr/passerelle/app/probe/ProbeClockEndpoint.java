package fr.passerelle.app.probe;

import fr.passerelle.kernel.jobs.ScheduledJob;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * Test-only: {@code PUT /api/test-probe/clock?shift=PT49H} moves the application's clock (see
 * {@link ProbeClock}), {@code DELETE} puts it back, {@code POST /api/test-probe/jobs/{name}} runs a
 * scheduled job at once, in the request's thread, instead of waiting for its period.
 */
@Path("api/test-probe")
public class ProbeClockEndpoint {

    @Inject
    Instance<ScheduledJob> jobs;

    @PUT
    @Path("clock")
    public Response shift(@QueryParam("shift") String shift) {
        ProbeClock.offset = Duration.parse(shift);
        return Response.noContent().build();
    }

    @DELETE
    @Path("clock")
    public Response reset() {
        ProbeClock.offset = Duration.ZERO;
        return Response.noContent().build();
    }

    @POST
    @Path("jobs/{name}")
    public Response run(@PathParam("name") String name) {
        ScheduledJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("no job " + name));
        job.run();
        return Response.noContent().build();
    }
}
