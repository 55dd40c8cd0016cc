package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.MeetingDocuments;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.web.PasserelleApplication;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/** Documents of a meeting (PDF, ODT, DOCX, ODS, XLSX, PNG, JPEG; 20 Mo at most), as readable as the meeting says. */
@Path("api/governance/meetings/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gouvernance")
public class MeetingDocumentsEndpoint {

    @Inject
    GovernanceLookup lookup;

    @Inject
    MeetingDocuments documents;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Joint un document à la réunion : le fichier en corps de requête, son nom dans ?nom= "
            + "(secrétariat)")
    @APIResponse(responseCode = "201", description = "Document enregistré")
    @APIResponse(responseCode = "400", description = "Type de fichier refusé, fichier vide ou illisible")
    @APIResponse(responseCode = "401", description = "Connexion requise")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux")
    public Response raw(@PathParam("id") String id, @QueryParam(Uploads.NAME_PARAMETER) String name, InputStream body) {
        var found = lookup.meetingForSecretariat(id);
        MeetingDocuments.Document d = documents.attach(found.meeting(), Uploads.raw(name, body));
        return Response.created(URI.create(d.url())).entity(d).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Joint un document à la réunion : formulaire multipart, champ « fichier » (secrétariat)")
    @APIResponse(responseCode = "201", description = "Document enregistré")
    public Response multipart(@PathParam("id") String id, List<EntityPart> parts) {
        var found = lookup.meetingForSecretariat(id);
        MeetingDocuments.Document d = documents.attach(found.meeting(), Uploads.file(parts));
        return Response.created(URI.create(d.url())).entity(d).build();
    }

    @DELETE
    @Path("{file}")
    @Transactional
    @SecurityRequirement(name = PasserelleApplication.BEARER)
    @Operation(summary = "Retire un document de la réunion (secrétariat)")
    @APIResponse(responseCode = "204", description = "Document retiré")
    @APIResponse(responseCode = "403", description = "Réservé au secrétariat de l'instance")
    @APIResponse(responseCode = "404", description = "Pas de document de ce numéro dans cette réunion")
    public Response remove(@PathParam("id") String id, @PathParam("file") String file) {
        var found = lookup.meetingForSecretariat(id);
        documents.remove(found.meeting(), file);
        return Response.noContent().build();
    }
}
