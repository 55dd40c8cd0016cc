package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.module.NavigationEntry;
import fr.passerelle.kernel.module.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ResourcesModule implements PlatformModule {

    @Override
    public String id() {
        return "resources";
    }

    @Override
    public String title() {
        return "Centre de ressources";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Ressources", "/ressources"),
                new NavigationEntry("Parcours", "/parcours"));
    }

    @Override
    public int order() {
        return 10;
    }
}
