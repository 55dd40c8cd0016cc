package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.security.Caller;
import fr.passerelle.territories.control.InitiativeRepository;
import fr.passerelle.territories.control.TerritoryPolicy;
import fr.passerelle.territories.control.WriteInitiative;
import fr.passerelle.territories.entity.Initiative;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** "Modifier" an initiative: those who may write for its territory. */
@Path("initiatives/{slug}/modifier")
@Produces(MediaType.TEXT_HTML)
public class EditInitiativePages {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    WriteInitiative write;

    @Inject
    TerritoryPolicy policy;

    @Inject
    Caller caller;

    @GET
    public Response form(@PathParam("slug") String slug) {
        Initiative initiative = editable(slug);
        return InitiativeFormView.page(initiative.getTerritory(), initiative, InitiativeForm.of(initiative), List.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        Initiative initiative = editable(slug);
        return InitiativeFormView.submit(form, draft -> {
            draft.setSlug(null);
            return write.update(slug, draft);
        }, initiative.getTerritory(), initiative);
    }

    private Initiative editable(String slug) {
        caller.requireSignedIn();
        Initiative initiative = initiatives.bySlug(slug).filter(policy::mayRead)
                .orElseThrow(() -> new NotFoundException("Aucune initiative visible ne porte l'identifiant « " + slug + " »."));
        policy.checkMayWrite(initiative.getTerritory());
        return initiative;
    }
}
