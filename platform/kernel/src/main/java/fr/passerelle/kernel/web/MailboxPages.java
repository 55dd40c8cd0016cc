package fr.passerelle.kernel.web;

import fr.passerelle.kernel.mail.MailSpool;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.security.Roles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Every e-mail an instance without SMTP server would have sent (the local run): for administrators only.
 * It lists nothing when an SMTP server is configured.
 */
@Path("admin/courriels")
@Produces(MediaType.TEXT_HTML)
public class MailboxPages {

    @Inject
    MailSpool spool;

    @Inject
    Caller caller;

    @GET
    public View list() {
        caller.requireAnyRole(Roles.ADMIN);
        boolean spooling = spool.spooling();
        return View.of("kernel/mailbox.vm", "Courriels de l'instance locale")
                .with("spooling", spooling)
                .with("mails", spooling ? spool.latest(200) : List.of());
    }
}
