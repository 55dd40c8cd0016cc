package fr.passerelle.territories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerritoryMapTest {

    @Test
    void theBoundaryDataOfTheBuildDrawsMetropolitanFrance() {
        DepartementShapes shapes = DepartementShapes.get();
        assertEquals(96, shapes.all().size());
        double[] loireAtlantique = shapes.centreOf(Set.of("44"));
        double[] nord = shapes.centreOf(Set.of("59"));
        double[] alpesMaritimes = shapes.centreOf(Set.of("06"));
        assertTrue(loireAtlantique[0] < nord[0] && nord[1] < loireAtlantique[1], "Nantes is west and south of Lille");
        assertTrue(alpesMaritimes[0] > loireAtlantique[0] && alpesMaritimes[1] > nord[1], "Nice is east and south");
    }

    @Test
    void markersLinkToTerritoriesWithEscapedNamesAndColourTheirDepartements() {
        String svg = TerritoryMap.svg(List.of(new TerritoryMap.Marker(1, "/territoires/nantes-metropole", "Nantes <Métropole>",
                Set.of("44")), new TerritoryMap.Marker(2, "/territoires/la-reunion", "La Réunion", Set.of("974"))), "Carte");
        assertTrue(svg.contains("href=\"/territoires/nantes-metropole\" aria-label=\"1. Nantes &lt;Métropole&gt;\""), svg);
        assertTrue(svg.contains("href=\"/territoires/la-reunion\""), "overseas territories are in their box");
        assertTrue(svg.contains(TerritoryMap.PILOT));
        assertFalse(svg.contains("<Métropole>"));
        assertFalse(svg.contains("http://") && svg.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "nothing from outside");
    }

    @Test
    void pointsMustBeInFranceAndInTheTerritorysPart() {
        InvalidInput.Collector ok = new InvalidInput.Collector();
        FrancePoint.check(ok, new BigDecimal("47.218371"), new BigDecimal("-1.553621"), Set.of("52"));
        FrancePoint.check(ok, new BigDecimal("-20.8821"), new BigDecimal("55.4504"), Set.of("04"));
        assertTrue(ok.isEmpty());
        for (String[] bad : new String[][] {{"40.41", "-3.70", "52"}, {"-20.88", "55.45", "52"}, {"48.85", "2.35", "04"},
                {"47.2", "-1.55555555", "52"}}) {
            InvalidInput.Collector errors = new InvalidInput.Collector();
            FrancePoint.check(errors, new BigDecimal(bad[0]), new BigDecimal(bad[1]), Set.of(bad[2]));
            assertFalse(errors.isEmpty(), String.join(",", bad));
        }
    }
}
