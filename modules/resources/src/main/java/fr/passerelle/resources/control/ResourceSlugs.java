package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Chooses the slug of a new resource: the one asked for, or one derived from the title and numbered. */
@ApplicationScoped
public class ResourceSlugs {

    /** Addresses below /ressources/ and /api/resources/ that a resource slug would hide. */
    static final Set<String> RESERVED = Set.of("proposer", "moderation", "signalements", "liens-casses",
            "review-queue", "reports", "broken-links", "export");

    @Inject
    ResourceRepository resources;

    /**
     * @throws InvalidInput for a malformed slug
     * @throws Conflict when the requested slug is taken
     */
    public String choose(String requested, String title) {
        if (requested != null && !requested.isBlank()) {
            String slug = requested.strip();
            if (!Slugs.isValid(slug)) {
                throw InvalidInput.of("slug", "doit être en minuscules sans accent, avec des chiffres et des tirets "
                        + "(" + Slugs.MAX_LENGTH + " caractères au plus)");
            }
            if (taken(slug)) {
                throw new Conflict("L'identifiant « " + slug + " » est déjà utilisé par une autre ressource.");
            }
            return slug;
        }
        return Slugs.firstFree(title, "ressource", this::taken);
    }

    private boolean taken(String slug) {
        return RESERVED.contains(slug) || resources.slugTaken(slug);
    }
}
