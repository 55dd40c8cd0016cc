package fr.passerelle.resources.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.resources.entity.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;

/** Imports {@code content/resources/*.md} as published resources, by slug; unchanged files touch nothing. */
@ApplicationScoped
public class ResourceContentImporter implements ContentImporter {

    @Inject
    ResourceRepository resources;

    @Inject
    SearchChanges search;

    @Override
    public String moduleId() {
        return "resources";
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String slug = file.slug();
        ResourceDescription d;
        try {
            d = ResourceDescription.check(file.text("title"), file.optionalText("summary"), file.body(),
                    file.optionalText("type") == null ? "guide" : file.text("type"), file.optionalText("licence"),
                    file.list("themes"), file.list("audiences"));
        } catch (InvalidInput e) {
            String field = e.errors().get(0).getField();
            throw new ContentError(file.lineOf(field), "champ « " + field + " » " + e.errors().get(0).getMessage());
        }
        String hash = hash(slug, d);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var existing = resources.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        Resource resource = existing.orElseGet(() -> new Resource(slug, now));
        resource.describe(d.title(), d.summary(), d.body(), d.type(), d.licence());
        resource.classify(d.themes(), d.audiences());
        resource.setSourceHash(hash);
        resource.publish(now);
        resource.touch(now);
        if (existing.isEmpty()) {
            resources.add(resource);
        }
        search.changed(ResourceIndexer.TYPE, resource.getId());
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** Sorted, so that the order of a front matter list does not count as a change. */
    private static String codes(Set<? extends Term> terms) {
        return String.join(",", terms.stream().map(Term::code).sorted().toList());
    }

    private static String hash(String slug, ResourceDescription d) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {slug, d.title(), d.summary(), d.body(), d.type().code(), d.licence().id(),
                    codes(d.themes()), codes(d.audiences())}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
