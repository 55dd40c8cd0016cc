package fr.passerelle.resources.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.Changes;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/** Imports {@code content/resources/*.md} as published resources, by slug; unchanged files touch nothing. */
@ApplicationScoped
public class ResourceContentImporter implements ContentImporter {

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceJournal journal;

    @Inject
    Clock clock;

    @Override
    public String moduleId() {
        return "resources";
    }

    /** The resource a content file describes, checked like any proposal. */
    public static ResourceDescription describe(ContentFile file) {
        try {
            return ResourceDescription.check(new ResourceInput(file.text("title"), file.optionalText("summary"),
                    file.body(), file.optionalText("type") == null ? "guide" : file.text("type"),
                    file.optionalText("licence"), file.list("themes"), file.list("audiences"),
                    file.optionalText("level"), file.optionalText("producer"), file.optionalText("producer_url"),
                    file.optionalText("external_url")));
        } catch (InvalidInput e) {
            String field = e.errors().get(0).getField();
            throw new ContentError(file.lineOf(field), "champ « " + field + " » " + e.errors().get(0).getMessage());
        }
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String slug = file.slug();
        ResourceDescription d = describe(file);
        String hash = ContentHash.of(slug, d.title(), d.summary(), d.body(), d.type().code(), d.licence().id(),
                codes(d.themes()), codes(d.audiences()), d.level() == null ? "" : d.level().code(),
                d.producerName(), d.producerUrl(), d.externalUrl());
        var existing = resources.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        if (existing.isPresent() && existing.get().getSourceHash() == null) {
            // Someone's proposal or an editor's resource took this slug first: a file must not replace it.
            throw new ContentError(file.lineOf("slug"), "l'identifiant « " + slug + " » est déjà celui d'une ressource "
                    + "créée sur la plateforme ; renommez le fichier");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Resource resource = existing.orElseGet(() -> new Resource(slug, now));
        ResourceSnapshot before = existing.map(ResourceSnapshot::of).orElse(null);
        ResourceContent.apply(resource, d, "");
        resource.setSourceHash(hash);
        resource.publish(now);
        resource.touch(now);
        if (existing.isEmpty()) {
            resources.add(resource);
        }
        Changes changes = ResourceSnapshot.of(resource).since(before);
        journal.changed(resource, Actor.CONTENT_IMPORT, existing.isEmpty() ? "importée" : "mise à jour par l'import",
                null, before != null && changes.touches(ResourceSnapshot.LICENCE), changes.list());
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Sorted, so that the order of a front matter list does not count as a change. */
    private static String codes(Set<? extends Term> terms) {
        return String.join(",", terms.stream().map(Term::code).sorted().toList());
    }
}
