package fr.passerelle.territories.control;

import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What a territory's published initiatives add up to, and the national dashboard. */
@ApplicationScoped
public class TerritoryFigures {

    @Inject
    InitiativeRepository initiatives;

    public IndicatorSummary.Row of(Territory territory) {
        return IndicatorSummary.of(initiatives.published(
                new InitiativeRepository.Filter(null, null, null, territory), null), IndicatorSummary.By.REGION).total();
    }

    public IndicatorSummary.Table national(IndicatorSummary.By by) {
        return IndicatorSummary.of(initiatives.published(InitiativeRepository.Filter.NONE, null), by);
    }
}
