package fr.passerelle.territories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.territories.entity.FundingLine;
import fr.passerelle.territories.entity.FundingSource;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.IndicatorKind;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorSummaryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2019, 6, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Territory territory(String slug, Set<String> regions) {
        Territory t = new Territory(slug, NOW);
        t.place(Set.of(), regions);
        return t;
    }

    private static Initiative initiative(Territory t, List<Theme> themes, boolean published, long cents, Indicator... indicators) {
        Initiative i = new Initiative("i-" + t.getSlug() + "-" + themes.size() + cents, t, NOW);
        i.classify(themes, List.of());
        i.account(List.of(), cents == 0 ? List.of() : List.of(new FundingLine(FundingSource.ETAT, "", cents)),
                List.of(indicators), List.of());
        if (published) {
            i.publish(NOW);
        }
        return i;
    }

    private static Indicator people(long n, int month) {
        return new Indicator(IndicatorKind.PERSONNES_ACCOMPAGNEES, n, LocalDate.of(2019, month, 1), "registre");
    }

    @Test
    void eachInitiativeCountsWithItsLatestValueOnceNationallyAndInEachOfItsRegions() {
        Territory nantes = territory("nantes", Set.of("52"));
        Territory hub = territory("hub", Set.of("52", "53"));
        List<Initiative> all = List.of(
                initiative(nantes, List.of(Theme.FORMATION), true, 150_00, people(100, 1), people(250, 5), people(180, 3)),
                initiative(hub, List.of(Theme.FORMATION, Theme.ACCES_AUX_DROITS), true, 1_00, people(40, 2)),
                initiative(nantes, List.of(), false, 999_00, people(9999, 1)));

        IndicatorSummary.Table byRegion = IndicatorSummary.of(all, IndicatorSummary.By.REGION);
        assertEquals(2, byRegion.total().initiatives(), "drafts are left out");
        assertEquals(290, byRegion.total().value(IndicatorKind.PERSONNES_ACCOMPAGNEES), "250 (latest, May) + 40");
        assertEquals(151_00, byRegion.total().fundingCents());
        IndicatorSummary.Row paysDeLaLoire = byRegion.rows().stream().filter(r -> r.code().equals("52")).findFirst().orElseThrow();
        IndicatorSummary.Row bretagne = byRegion.rows().stream().filter(r -> r.code().equals("53")).findFirst().orElseThrow();
        assertEquals(290, paysDeLaLoire.value(IndicatorKind.PERSONNES_ACCOMPAGNEES));
        assertEquals(40, bretagne.value(IndicatorKind.PERSONNES_ACCOMPAGNEES), "a grouping counts in each of its régions");
        assertEquals(0, bretagne.value(IndicatorKind.ATELIERS));

        IndicatorSummary.Table byTheme = IndicatorSummary.of(all, IndicatorSummary.By.THEME);
        assertEquals(List.of("formation", "acces-aux-droits"), byTheme.rows().stream().map(IndicatorSummary.Row::code).toList(),
                "themes in the vocabulary's order");
        assertEquals(290, byTheme.rows().get(0).value(IndicatorKind.PERSONNES_ACCOMPAGNEES));
        assertEquals(40, byTheme.rows().get(1).value(IndicatorKind.PERSONNES_ACCOMPAGNEES));

        String csv = IndicatorCsv.write(byRegion);
        assertEquals("France entière;total;2;290;0;0;0;0;0;151,00", csv.strip().lines().reduce((a, b) -> b).orElseThrow());
    }
}
