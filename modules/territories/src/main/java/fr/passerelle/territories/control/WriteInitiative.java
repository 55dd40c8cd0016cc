package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.history.FieldChange;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A territory's team (or a national editor) writes an initiative: creates it as a draft or published,
 * or changes it. Each change is checked whole, recorded in the history with the fields it touched, and
 * announced to search in the same transaction; a refused change stores nothing.
 */
@RequestScoped
public class WriteInitiative {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    TerritoryRepository territories;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryPolicy policy;

    @Inject
    InitiativeJournal journal;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Initiative create(String territorySlug, InitiativeDraft draft) {
        caller.requireSignedIn();
        Territory territory = territories.bySlug(territorySlug)
                .orElseThrow(() -> new NotFoundException("Aucun territoire ne porte l'identifiant « " + territorySlug + " »."));
        policy.checkMayWrite(territory);
        InitiativeDescription d = InitiativeDescription.check(draft, today());
        territories.lock(territory);
        String slug = chooseSlug(draft.getSlug(), d.title());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Initiative initiative = new Initiative(slug, territory, now);
        InitiativeContent.apply(initiative, d);
        initiative.createdBy(caller.subject());
        if (Boolean.TRUE.equals(draft.getPublished())) {
            initiative.publish(now);
        }
        initiatives.add(initiative);
        territory.wroteBy(caller.subject(), caller.name(), now);
        journal.changed(initiative, Actor.of(caller), initiative.isPublished() ? "créée et publiée" : "créée",
                null, InitiativeSnapshot.diff(Map.of(), InitiativeSnapshot.of(initiative)));
        return initiative;
    }

    /**
     * Replaces the content of an initiative. {@code published}: true publishes, false unpublishes (national
     * editors only), absent keeps the publication as it is.
     */
    @Transactional
    public Initiative update(String slug, InitiativeDraft draft) {
        caller.requireSignedIn();
        Initiative initiative = readable(slug);
        policy.checkMayWrite(initiative.getTerritory());
        if (draft != null && draft.getSlug() != null && !draft.getSlug().isBlank() && !draft.getSlug().strip().equals(slug)) {
            throw InvalidInput.of("slug", "l'identifiant d'une initiative ne change pas (c'est son adresse)");
        }
        InitiativeDescription d = InitiativeDescription.check(draft, today());
        boolean unpublish = Boolean.FALSE.equals(draft.getPublished()) && initiative.isPublished();
        if (unpublish) {
            policy.checkMayUnpublish();
        }
        initiatives.lock(initiative);
        Map<String, Object> before = InitiativeSnapshot.of(initiative);
        OffsetDateTime now = OffsetDateTime.now(clock);
        InitiativeContent.apply(initiative, d);
        if (Boolean.TRUE.equals(draft.getPublished())) {
            initiative.publish(now);
        } else if (unpublish) {
            initiative.unpublish();
        }
        List<FieldChange> changes = InitiativeSnapshot.diff(before, InitiativeSnapshot.of(initiative));
        if (!changes.isEmpty()) {
            initiative.touch(now);
            initiative.getTerritory().wroteBy(caller.subject(), caller.name(), now);
            journal.changed(initiative, Actor.of(caller), action(before, initiative), null, changes);
        }
        return initiative;
    }

    private static String action(Map<String, Object> before, Initiative after) {
        boolean wasPublished = Initiative.PUBLISHED.equals(before.get("publication"));
        if (!wasPublished && after.isPublished()) {
            return "publiée";
        }
        if (wasPublished && !after.isPublished()) {
            return "dépubliée";
        }
        return "modifiée";
    }

    /** The initiative if the caller may see it; otherwise 404, so drafts do not betray their existence. */
    Initiative readable(String slug) {
        return initiatives.bySlug(slug).filter(policy::mayRead)
                .orElseThrow(() -> new NotFoundException("Aucune initiative visible ne porte l'identifiant « " + slug + " »."));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    String chooseSlug(String requested, String title) {
        if (requested != null && !requested.isBlank()) {
            String r = requested.strip();
            if (!Slugs.isValid(r)) {
                throw InvalidInput.of("slug", "doit être en minuscules sans accent, avec des chiffres et des tirets ("
                        + Slugs.MAX_LENGTH + " caractères au plus)");
            }
            if (initiatives.slugTaken(r)) {
                throw new Conflict("L'identifiant « " + r + " » est déjà utilisé par une autre initiative.");
            }
            return r;
        }
        return freeSlug(title);
    }

    /** A free slug derived from a title, numbered when taken ({@code -2}, {@code -3}…). */
    String freeSlug(String title) {
        return Slugs.firstFree(title, "initiative", initiatives::slugTaken);
    }
}
