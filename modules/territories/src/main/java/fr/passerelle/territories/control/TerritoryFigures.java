package fr.passerelle.territories.control;

import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a territory's published initiatives add up to, and the national dashboard. */
@ApplicationScoped
public class TerritoryFigures {

    @Inject
    InitiativeRepository initiatives;

    public IndicatorSummary.Row of(Territory territory) {
        return IndicatorSummary.of(initiatives.published(
                new InitiativeRepository.Filter(null, null, null, territory), null), IndicatorSummary.By.REGION).total();
    }

    /**
     * The totals of many territories (the overview, lists, GeoJSON) by territory id, from one query rather than one
     * per territory.
     */
    public Map<Long, IndicatorSummary.Row> of(Collection<Territory> territories) {
        Map<Long, List<Initiative>> byTerritory = initiatives.publishedOf(territories).stream()
                .collect(Collectors.groupingBy(i -> i.getTerritory().getId()));
        Map<Long, IndicatorSummary.Row> rows = new HashMap<>();
        for (Territory t : territories) {
            rows.put(t.getId(), IndicatorSummary.of(byTerritory.getOrDefault(t.getId(), List.of()),
                    IndicatorSummary.By.REGION).total());
        }
        return rows;
    }

    public IndicatorSummary.Table national(IndicatorSummary.By by) {
        return IndicatorSummary.of(initiatives.published(InitiativeRepository.Filter.NONE, null), by);
    }
}
