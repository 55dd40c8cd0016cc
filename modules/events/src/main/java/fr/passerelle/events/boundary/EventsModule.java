package fr.passerelle.events.boundary;

import fr.passerelle.kernel.module.NavigationEntry;
import fr.passerelle.kernel.module.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EventsModule implements PlatformModule {

    @Override
    public String id() {
        return "events";
    }

    @Override
    public String title() {
        return "Numérique en Commun[s]";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Numérique en Commun[s]", "/evenements"));
    }

    @Override
    public int order() {
        return 40;
    }
}
