package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.search.SearchChanges;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a pilot territory (administrators, content import): its official code is checked and its
 * départements and régions derived; one territory per kind and code, one per slug.
 */
@ApplicationScoped
public class RegisterTerritory {

    public static final String ENTITY = "territories.territory";
    /** Words of the pages under /territoires, which no territory may take as its address. */
    static final Set<String> RESERVED = Set.of("carte", "nouveau", "tableau-de-bord");

    @Inject
    TerritoryRepository territories;

    @Inject
    ChangeHistory history;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Transactional
    public Territory register(TerritoryDraft draft, Actor actor) {
        TerritoryDescription d = TerritoryDescription.check(draft);
        String slug = draft.getSlug() == null || draft.getSlug().isBlank() ? Slugs.of(d.name()) : draft.getSlug().strip();
        checkSlug(slug);
        if (territories.slugTaken(slug)) {
            throw new Conflict("L'identifiant « " + slug + " » est déjà celui d'un autre territoire.");
        }
        Optional<Territory> same = d.code() == null ? Optional.empty() : territories.byKindAndCode(d.kind(), d.code());
        if (same.isPresent()) {
            throw new Conflict("Ce territoire existe déjà sous l'identifiant « " + same.get().getSlug() + " ».");
        }
        Territory territory = new Territory(slug, OffsetDateTime.now(clock));
        apply(territory, d);
        territories.add(territory);
        history.record(ENTITY, String.valueOf(territory.getId()), actor, "créé", null, false, java.util.List.of());
        search.changed(TerritoryIndexer.TYPE, territory.getId());
        return territory;
    }

    static void checkSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw InvalidInput.of("slug", "doit être en minuscules sans accent, avec des chiffres et des tirets");
        }
        if (RESERVED.contains(slug)) {
            throw InvalidInput.of("slug", "« " + slug + " » est réservé aux pages de Passerelle");
        }
    }

    static void apply(Territory t, TerritoryDescription d) {
        t.describe(d.name(), d.kind(), d.code(), d.population(), d.latitude(), d.longitude(), d.presentation());
        t.place(d.departements(), d.regions());
        t.reachAt(d.contacts());
    }
}
