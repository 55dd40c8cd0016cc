package fr.passerelle.kernel.web;

import fr.passerelle.kernel.mail.MailSpool;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Every e-mail the local run would have sent. Until identity provides an administrator role, it answers
 * only requests from this machine (404 otherwise), and lists nothing when an SMTP server is configured.
 */
@Path("admin/courriels")
@Produces(MediaType.TEXT_HTML)
public class MailboxPages {

    @Inject
    MailSpool spool;

    @Context
    HttpServletRequest request;

    @GET
    public View list() {
        LocalRequests.requireLoopback(request);
        boolean spooling = spool.spooling();
        return View.of("kernel/mailbox.vm", "Courriels de l'instance locale")
                .with("spooling", spooling)
                .with("mails", spooling ? spool.latest(200) : java.util.List.of());
    }
}
