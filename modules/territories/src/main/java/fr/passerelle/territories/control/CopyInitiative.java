package fr.passerelle.territories.control;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.territories.entity.Attribution;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.InitiativeStatus;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * "Copier cette initiative comme modèle": a territory editor gets a draft in their own territory, filled
 * with the method of a published initiative (problem, actions, lessons, themes, audiences, linked
 * resources) under the source's licence, crediting it. Partners, money and results belong to the source
 * and are not copied. A source under "tous droits réservés" cannot be copied.
 */
@RequestScoped
public class CopyInitiative {

    @Inject
    WriteInitiative write;

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
    public Initiative copy(String sourceSlug, String targetTerritorySlug) {
        caller.requireSignedIn();
        Initiative source = initiatives.bySlug(sourceSlug).filter(Initiative::isPublished)
                .orElseThrow(() -> new NotFoundException("Aucune initiative publiée ne porte l'identifiant « " + sourceSlug + " »."));
        Territory target = territories.bySlug(targetTerritorySlug)
                .orElseThrow(() -> new NotFoundException("Aucun territoire ne porte l'identifiant « " + targetTerritorySlug + " »."));
        policy.checkMayWrite(target);
        if (source.getLicence() == Licence.ALL_RIGHTS_RESERVED) {
            throw new Conflict("« " + source.getTitle() + " » est publiée sous « tous droits réservés » : "
                    + "elle ne peut pas servir de modèle sans l'accord de son territoire.");
        }
        territories.lock(target);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Initiative copy = new Initiative(write.freeSlug(source.getTitle() + " " + target.getSlug()), target, now);
        copy.describe(source.getTitle(), source.getSummary(), InitiativeStatus.IDEE, null, null, source.getLicence());
        copy.tell(source.getProblem(), source.getActions(), source.getWhatWorked(), source.getWhatStuck(),
                source.getToSpread());
        copy.classify(source.getThemes(), source.getAudiences());
        copy.account(List.of(), List.of(), List.of(), source.getResources());
        copy.copiedFrom(new Attribution(source.getSlug(), source.getTitle(), source.getTerritory().getName(),
                source.getLicence().id()));
        copy.createdBy(caller.subject());
        initiatives.add(copy);
        target.wroteBy(caller.subject(), caller.name(), now);
        journal.changed(copy, Actor.of(caller), "copiée comme modèle",
                "d'après « " + source.getTitle() + " » (" + source.getTerritory().getName() + "), "
                        + source.getLicence().label(),
                InitiativeSnapshot.diff(Map.of(), InitiativeSnapshot.of(copy)));
        return copy;
    }
}
