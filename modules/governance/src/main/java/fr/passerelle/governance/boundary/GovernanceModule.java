package fr.passerelle.governance.boundary;

import fr.passerelle.kernel.module.NavigationEntry;
import fr.passerelle.kernel.module.PlatformModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class GovernanceModule implements PlatformModule {

    @Override
    public String id() {
        return "governance";
    }

    @Override
    public String title() {
        return "Gouvernance";
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Gouvernance", "/gouvernance"));
    }

    @Override
    public int order() {
        return 40;
    }
}
