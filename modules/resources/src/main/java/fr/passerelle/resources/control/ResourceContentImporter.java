package fr.passerelle.resources.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.InvalidInput;
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

/** Imports {@code content/resources/*.md} as published resources, by slug; unchanged files touch nothing. */
@ApplicationScoped
public class ResourceContentImporter implements ContentImporter {

    @Inject
    ResourceRepository resources;

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
                    file.optionalText("type") == null ? "guide" : file.text("type"), file.optionalText("licence"));
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
        resource.setSourceHash(hash);
        resource.publish(now);
        resource.touch(now);
        if (existing.isEmpty()) {
            resources.add(resource);
            return Outcome.CREATED;
        }
        return Outcome.UPDATED;
    }

    private static String hash(String slug, ResourceDescription d) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {slug, d.title(), d.summary(), d.body(), d.type().code(), d.licence().id()}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
