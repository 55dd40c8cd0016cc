package fr.passerelle.kernel.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The modules deployed in this application, discovered through CDI and checked once. */
@ApplicationScoped
public class Modules {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    private List<PlatformModule> modules;

    protected Modules() {
    }

    @Inject
    public Modules(Instance<PlatformModule> discovered) {
        this.modules = sorted(discovered.stream().toList());
    }

    static List<PlatformModule> sorted(List<PlatformModule> found) {
        Set<String> seen = new HashSet<>();
        for (PlatformModule module : found) {
            if (!ID.matcher(module.id()).matches()) {
                throw new IllegalStateException("identifiant de module invalide : " + module.id());
            }
            if (!seen.add(module.id())) {
                throw new IllegalStateException("deux modules portent l'identifiant " + module.id());
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(PlatformModule::order).thenComparing(PlatformModule::id))
                .toList();
    }

    public List<PlatformModule> all() {
        return modules;
    }

    public List<String> ids() {
        return modules.stream().map(PlatformModule::id).toList();
    }

    public List<NavigationEntry> navigation() {
        return modules.stream().flatMap(m -> m.navigation().stream()).toList();
    }
}
