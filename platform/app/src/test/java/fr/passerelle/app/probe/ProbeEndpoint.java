package fr.passerelle.app.probe;

import fr.passerelle.kernel.calendar.CalendarEvent;
import fr.passerelle.kernel.calendar.CalendarResponse;
import fr.passerelle.kernel.calendar.ICalendar;
import fr.passerelle.kernel.geography.Commune;
import fr.passerelle.kernel.geography.OfficialGeography;
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
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.util.Configurator;

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

    /**
     * The kernel's geography and calendar inside the application server: the generated resource on the class
     * path, ical4j and its ical4j.properties found by the web application's class loader.
     */
    @GET
    @Path("kernel-data.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    public Response kernelData() {
        OfficialGeography geography = OfficialGeography.get();
        Commune nantes = geography.commune("44109").orElseThrow();
        String description = nantes.name() + " " + nantes.departementCode() + " " + nantes.regionCode() + " "
                + geography.version() + " update="
                + Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled").orElse("absent");
        ZonedDateTime start = ZonedDateTime.of(2018, 9, 13, 9, 30, 0, 0, CalendarEvent.PARIS);
        CalendarEvent session = new CalendarEvent("probe-session@passerelle", "Séance", description, start,
                start.plusHours(1), null, null, null, 0);
        return CalendarResponse.of("sonde.ics", ICalendar.write("Sonde", List.of(session)));
    }
}
