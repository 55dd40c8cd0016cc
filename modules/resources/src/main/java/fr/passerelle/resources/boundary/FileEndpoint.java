package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.web.PasserelleApplication;
import fr.passerelle.resources.control.AttachFile;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A resource's files through the API; downloads are the kernel's {@code /fichiers/{id}/{name}}. */
@Path("api/resources/{slug}/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ressources", description = "Centre de ressources du numérique inclusif")
public class FileEndpoint {

    @Inject
    AttachFile attach;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Joint un fichier envoyé tel quel, nommé par ?nom=guide.pdf (PDF, ODT, DOCX, ODS, XLSX, PNG, "
            + "JPEG, 20 Mo au plus, type vérifié d'après le contenu) : rôles editor et admin, ou l'auteur d'une "
            + "proposition en attente")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Fichier joint")
    @APIResponse(responseCode = "400", description = "Fichier refusé (type, taille, archive piégée), champ « fichier »")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Ressource publiée ou proposition qui n'est plus en attente")
    @APIResponse(responseCode = "404", description = "Aucune ressource visible sous cet identifiant")
    @APIResponse(responseCode = "413", description = "Corps trop volumineux")
    public Response attachRaw(@PathParam("slug") String slug, @QueryParam(Uploads.NAME_PARAMETER) String name,
                              InputStream body) {
        return created(attach.attach(slug, Uploads.raw(name, body)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Joint le fichier du champ « fichier » d'un formulaire multipart (mêmes règles)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "201", description = "Fichier joint")
    @APIResponse(responseCode = "400", description = "Fichier absent ou refusé")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Ressource publiée ou proposition qui n'est plus en attente")
    @APIResponse(responseCode = "404", description = "Aucune ressource visible sous cet identifiant")
    public Response attachPart(@PathParam("slug") String slug, List<EntityPart> parts) {
        return created(attach.attach(slug, Uploads.file(parts)));
    }

    private static Response created(StoredFile file) {
        return Response.created(URI.create(file.url())).entity(new ResourceView.FileView(file)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Retire un fichier de la ressource (mêmes droits que la modification)")
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @APIResponse(responseCode = "204", description = "Fichier retiré")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Ressource publiée ou proposition qui n'est plus en attente")
    @APIResponse(responseCode = "404", description = "Aucun fichier de cette ressource sous ce numéro")
    public Response detach(@PathParam("slug") String slug, @PathParam("id") long id) {
        attach.detach(slug, id);
        return Response.noContent().build();
    }
}
