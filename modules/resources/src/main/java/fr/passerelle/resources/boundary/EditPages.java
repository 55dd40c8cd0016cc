package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.View;
import fr.passerelle.resources.control.AttachFile;
import fr.passerelle.resources.control.EditResource;
import fr.passerelle.resources.control.ResourceFiles;
import fr.passerelle.resources.control.ResourceInput;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.kernel.attachments.Uploads;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** "Modifier": editors on any resource, a proposer on their pending proposal; also its attached files. */
@Path("ressources/{slug}/modifier")
@Produces(MediaType.TEXT_HTML)
public class EditPages {

    @Inject
    ResourceRepository resources;

    @Inject
    EditResource editing;

    @Inject
    AttachFile attach;

    @Inject
    ResourceFiles files;

    @Inject
    ResourcePolicy policy;

    @GET
    public View form(@PathParam("slug") String slug, @QueryParam("message") String message) {
        Resource r = policy.checkMayEdit(resources.bySlug(slug));
        return view(r, ResourceForm.of(r), Map.of()).with("notice", Notices.text(message));
    }

    private View view(Resource r, ResourceInput input, Map<String, String> errors) {
        String title = "Modifier « " + r.getTitle() + " »";
        return View.of("resources/form.vm", errors.isEmpty() ? title : "Erreur dans le formulaire — " + title)
                .with("heading", title)
                .with("action", r.getPath() + "/modifier")
                .with("submitLabel", "Enregistrer les modifications")
                .with("resourceUrl", r.getPath())
                .with("withFile", false)
                .with("filesAction", r.getPath() + "/modifier/fichiers")
                .with("filesUpload", true)
                .with("accept", Uploads.ACCEPT)
                .with("files", files.of(r).stream().map(ResourceDetails::file).toList())
                .with("form", ResourceForm.model(input, errors));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Resource r = policy.checkMayEdit(resources.bySlug(slug));
        ResourceInput input = ResourceForm.input(fields::get);
        try {
            editing.edit(slug, input);
        } catch (InvalidInput e) {
            return Response.status(400).entity(view(r, input, FormErrors.of(e))).build();
        }
        return Response.seeOther(URI.create(r.getPath() + "?message=" + Notices.SAVED)).build();
    }

    @POST
    @Path("fichiers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addFile(@PathParam("slug") String slug, List<EntityPart> parts) {
        Resource r = policy.checkMayEdit(resources.bySlug(slug));
        attach.attach(slug, Uploads.file(parts));
        return Response.seeOther(URI.create(r.getPath() + "/modifier?message=" + Notices.FILE_ADDED)).build();
    }

    @POST
    @Path("fichiers/{id}/retirer")
    public Response removeFile(@PathParam("slug") String slug, @PathParam("id") long id) {
        Resource r = policy.checkMayEdit(resources.bySlug(slug));
        attach.detach(slug, id);
        return Response.seeOther(URI.create(r.getPath() + "/modifier?message=" + Notices.FILE_REMOVED)).build();
    }
}
