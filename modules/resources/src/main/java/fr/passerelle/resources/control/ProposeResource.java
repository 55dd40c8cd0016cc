package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.resources.boundary.ResourceDraft;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Someone proposes a resource: it is stored as {@code proposed}, invisible to the public until an
 * editor publishes it (the review workflow comes with the resource centre issue).
 */
@ApplicationScoped
public class ProposeResource {

    @Inject
    ResourceRepository resources;

    @Inject
    SearchChanges search;

    /**
     * @param proposer the token subject of the person proposing, recorded so that they can find (and
     *                 search) their own proposal
     */
    @Transactional
    public Resource propose(ResourceDraft draft, String proposer) {
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant la ressource est attendu");
        }
        ResourceDescription d = ResourceDescription.check(draft.getTitle(), draft.getSummary(), draft.getBody(),
                draft.getType(), draft.getLicence(), draft.getThemes(), draft.getAudiences());
        String slug = chooseSlug(draft.getSlug(), d.title());
        Resource resource = new Resource(slug, OffsetDateTime.now(ZoneOffset.UTC));
        resource.describe(d.title(), d.summary(), d.body(), d.type(), d.licence());
        resource.classify(d.themes(), d.audiences());
        resource.proposedBy(proposer);
        resources.add(resource);
        search.changed(ResourceIndexer.TYPE, resource.getId());
        return resource;
    }

    private String chooseSlug(String requested, String title) {
        if (requested != null && !requested.isBlank()) {
            if (!Slugs.isValid(requested)) {
                throw InvalidInput.of("slug", "doit être en minuscules sans accent, avec des chiffres et des tirets "
                        + "(" + Slugs.MAX_LENGTH + " caractères au plus)");
            }
            if (resources.slugTaken(requested)) {
                throw new Conflict("L'identifiant « " + requested + " » est déjà utilisé par une autre ressource.");
            }
            return requested;
        }
        String base = Slugs.of(title);
        if (base.isEmpty()) {
            base = "ressource";
        }
        String candidate = base;
        for (int n = 2; resources.slugTaken(candidate); n++) {
            String suffix = "-" + n;
            candidate = (base.length() + suffix.length() > Slugs.MAX_LENGTH
                    ? base.substring(0, Slugs.MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return candidate;
    }
}
