package fr.passerelle.territories.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Imports {@code content/territories/*.md} (one pilot territory each, its presentation as body), by slug. */
@ApplicationScoped
public class TerritoryContentImporter implements ContentImporter {

    @Inject
    TerritoryRepository territories;

    @Inject
    ChangeHistory history;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Override
    public String moduleId() {
        return "territories";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String slug = file.slug();
        RegisterTerritory.checkSlug(slug);
        TerritoryDescription d;
        try {
            d = TerritoryDescription.check(draft(file));
        } catch (InvalidInput e) {
            throw ContentFields.error(file, e);
        }
        String hash = ContentFields.hash(file);
        var existing = territories.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        if (d.code() != null) {
            territories.byKindAndCode(d.kind(), d.code()).filter(t -> !t.getSlug().equals(slug)).ifPresent(t -> {
                throw new ContentError(file.lineOf("code"), "ce code est déjà celui du territoire « " + t.getSlug() + " »");
            });
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Territory territory = existing.orElseGet(() -> new Territory(slug, now));
        RegisterTerritory.apply(territory, d);
        territory.setSourceHash(hash);
        territory.touch(now);
        if (existing.isEmpty()) {
            territories.add(territory);
        }
        history.record(RegisterTerritory.ENTITY, String.valueOf(territory.getId()), Actor.CONTENT_IMPORT,
                existing.isEmpty() ? "importé" : "mis à jour par l'import", null, false, List.of());
        search.changed(TerritoryIndexer.TYPE, territory.getId());
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    static TerritoryDraft draft(ContentFile file) {
        TerritoryDraft d = new TerritoryDraft();
        d.setSlug(file.slug());
        d.setName(file.text("name"));
        d.setKind(file.text("kind"));
        d.setCode(file.optionalText("code"));
        d.setDepartements(file.list("departements"));
        d.setPopulation(number(file, "population") == null ? null : number(file, "population").longValue());
        d.setLatitude(number(file, "latitude"));
        d.setLongitude(number(file, "longitude"));
        d.setPresentation(file.body());
        d.setContacts(ContentFields.maps(file, "contacts").stream().map(TerritoryContentImporter::contact).toList());
        return d;
    }

    private static TerritoryDraft.ContactDraft contact(Map<String, Object> m) {
        return new TerritoryDraft.ContactDraft(ContentFields.text(m, "name"), ContentFields.text(m, "role"),
                ContentFields.text(m, "email"), ContentFields.text(m, "phone"));
    }

    private static BigDecimal number(ContentFile file, String key) {
        String text = file.optionalText(key);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ContentError(file.lineOf(key), "le champ « " + key + " » doit être un nombre");
        }
    }
}
