package fr.passerelle.app.probe;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.web.Csrf;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Test-only page form posting a file, as a module's page would: multipart, CSRF token, redirect after POST. */
@Path("test-probe/fichiers")
public class ProbeAttachmentPage {

    @Inject
    Attachments attachments;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form() {
        return "<!DOCTYPE html><html lang=\"fr\"><body><form method=\"post\" enctype=\"multipart/form-data\">"
                + "<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + Csrf.token(request) + "\">"
                + "<input type=\"file\" name=\"fichier\" accept=\"" + Uploads.ACCEPT + "\"></form></body></html>";
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response upload(List<EntityPart> parts) {
        StoredFile file = attachments.store("probe:public:page", Uploads.file(parts));
        return Response.seeOther(URI.create(file.url())).build();
    }
}
