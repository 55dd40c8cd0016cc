package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.security.Caller;
import fr.passerelle.territories.control.TerritoryPolicy;
import fr.passerelle.territories.control.TerritoryRepository;
import fr.passerelle.territories.control.WriteInitiative;
import fr.passerelle.territories.entity.Territory;
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

/** "Écrire une initiative" for a territory: its editors, national editors and administrators. */
@Path("territoires/{territory}/initiatives/nouvelle")
@Produces(MediaType.TEXT_HTML)
public class NewInitiativePages {

    @Inject
    TerritoryRepository territories;

    @Inject
    WriteInitiative write;

    @Inject
    TerritoryPolicy policy;

    @Inject
    Caller caller;

    @GET
    public Response form(@PathParam("territory") String slug) {
        return InitiativeFormView.page(writable(slug), null, InitiativeForm.blank(), List.of(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("territory") String slug, MultivaluedMap<String, String> form) {
        return InitiativeFormView.submit(form, draft -> write.create(slug, draft), writable(slug), null);
    }

    private Territory writable(String slug) {
        caller.requireSignedIn();
        Territory territory = territories.bySlug(slug)
                .orElseThrow(() -> new NotFoundException("Aucun territoire ne porte l'identifiant « " + slug + " »."));
        policy.checkMayWrite(territory);
        return territory;
    }
}
