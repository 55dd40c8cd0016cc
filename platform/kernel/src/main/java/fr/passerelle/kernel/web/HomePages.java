package fr.passerelle.kernel.web;

import fr.passerelle.kernel.module.Modules;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The pages the platform itself owns: home and accessibility statement. */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @Inject
    Modules modules;

    @GET
    public View home() {
        return View.of("kernel/home.vm", "Accueil").with("navigation", modules.navigation());
    }

    @GET
    @Path("accessibilite")
    public View accessibility() {
        return View.of("kernel/accessibility.vm", "Déclaration d'accessibilité");
    }
}
