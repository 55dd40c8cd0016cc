package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.module.NavigationEntry;
import fr.passerelle.kernel.module.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TerritoriesModule implements PlatformModule {

    @Override
    public String id() {
        return "territories";
    }

    @Override
    public String title() {
        return "Territoires pilotes";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Territoires", "/territoires"));
    }

    @Override
    public int order() {
        return 20;
    }
}
