package fr.passerelle.kernel.web;

import fr.passerelle.kernel.mail.MailSpool;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every e-mail the local run would have sent. Restricted to administrators once identity lands; until
 * then it only lists anything when no SMTP server is configured, i.e. on a developer's machine.
 */
@Path("admin/courriels")
@Produces(MediaType.TEXT_HTML)
public class MailboxPages {

    @Inject
    MailSpool spool;

    @GET
    @Operation(hidden = true)
    public View list() {
        boolean spooling = spool.spooling();
        return View.of("kernel/mailbox.vm", "Courriels de l'instance locale")
                .with("spooling", spooling)
                .with("mails", spooling ? spool.latest(200) : java.util.List.of());
    }
}
