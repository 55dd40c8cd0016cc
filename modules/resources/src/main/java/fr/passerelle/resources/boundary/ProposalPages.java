package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.View;
import fr.passerelle.resources.control.ProposeResource;
import fr.passerelle.resources.control.ResourceInput;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.kernel.attachments.Upload;
import fr.passerelle.kernel.attachments.Uploads;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** "Proposer une ressource": the form for anyone signed in, and what happens when it is sent. */
@Path("ressources/proposer")
@Produces(MediaType.TEXT_HTML)
public class ProposalPages {

    static final String TITLE = "Proposer une ressource";

    @Inject
    ProposeResource proposal;

    @Inject
    ResourcePolicy policy;

    @GET
    public View form() {
        policy.checkMayPropose();
        return view(ResourceForm.empty(), Map.of());
    }

    static View view(ResourceInput input, Map<String, String> errors) {
        return View.of("resources/form.vm", errors.isEmpty() ? TITLE : "Erreur dans le formulaire — " + TITLE)
                .with("heading", TITLE)
                .with("action", "/ressources/proposer")
                .with("submitLabel", "Envoyer la proposition")
                .with("withFile", true)
                .with("accept", Uploads.ACCEPT)
                .with("form", ResourceForm.model(input, errors));
    }

    /** The form is multipart, for its optional file; it works without JavaScript. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response propose(List<EntityPart> parts) {
        policy.checkMayPropose();
        FormParts form = FormParts.of(parts);
        return propose(ResourceForm.input(form::all), form.file().orElse(null));
    }

    /** The same form without a file, as a plain URL-encoded post (scripts, older clients). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(MultivaluedMap<String, String> fields) {
        policy.checkMayPropose();
        return propose(ResourceForm.input(fields::get), null);
    }

    private Response propose(ResourceInput input, Upload file) {
        try {
            Resource created = proposal.propose(input, null, null, file);
            return Response.seeOther(URI.create(created.getPath() + "?message=" + Notices.PROPOSED)).build();
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(input, FormErrors.of(e))).build();
        }
    }
}
