package fr.passerelle.territories.control;

import fr.passerelle.kernel.errors.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A representative point (WGS 84 latitude and longitude) checked to fall in France: metropolitan France
 * and Corsica, or one of the overseas départements and collectivities; and, when the territory's régions
 * are known, in the same part of France as they are (a point of Nantes in La Réunion is a typing error).
 */
public final class FrancePoint {

    /** A rough rectangle around one part of France; {@code where} says it in French, {@code regions} are the INSEE région codes inside it. */
    record Area(String where, double south, double north, double west, double east, Set<String> regions) {
        boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }
    }

    static final String METROPOLE = "en France métropolitaine";
    static final List<Area> AREAS = List.of(
            new Area(METROPOLE, 41.30, 51.15, -5.30, 9.70,
                    Set.of("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94")),
            new Area("en Guadeloupe", 15.80, 16.55, -61.85, -60.95, Set.of("01")),
            new Area("en Martinique", 14.35, 14.90, -61.25, -60.75, Set.of("02")),
            new Area("en Guyane", 2.10, 5.80, -54.65, -51.55, Set.of("03")),
            new Area("à La Réunion", -21.40, -20.85, 55.20, 55.85, Set.of("04")),
            new Area("à Mayotte", -13.05, -12.60, 44.95, 45.35, Set.of("06")),
            new Area("à Saint-Pierre-et-Miquelon", 46.70, 47.15, -56.45, -56.10, Set.of("975")),
            new Area("à Saint-Barthélemy ou Saint-Martin", 17.85, 18.15, -63.20, -62.75, Set.of("977", "978")),
            new Area("à Wallis-et-Futuna", -14.40, -13.15, -178.25, -176.05, Set.of("986")),
            new Area("en Polynésie française", -27.70, -7.80, -154.80, -134.40, Set.of("987")),
            new Area("en Nouvelle-Calédonie", -22.90, -19.50, 163.50, 168.20, Set.of("988")));

    private FrancePoint() {
    }

    /** A coordinate for a message: toPlainString of 1e999999999 would be a billion characters long. */
    static String degrees(double value) {
        return Double.isFinite(value) && Math.abs(value) < 1e6 ? java.math.BigDecimal.valueOf(value).toPlainString()
                : "valeur hors de toute échelle";
    }

    /** Adds errors on {@code latitude}/{@code longitude}; regions may be empty when the code was refused. */
    public static void check(InvalidInput.Collector errors, BigDecimal latitude, BigDecimal longitude, Set<String> regions) {
        if (latitude == null || longitude == null) {
            if (latitude == null) {
                errors.add("latitude", "est obligatoire (point représentatif du territoire, en degrés décimaux)");
            }
            if (longitude == null) {
                errors.add("longitude", "est obligatoire (point représentatif du territoire, en degrés décimaux)");
            }
            return;
        }
        if (latitude.scale() > 6 || longitude.scale() > 6) {
            errors.add(latitude.scale() > 6 ? "latitude" : "longitude", "six décimales au plus (à 10 cm près)");
            return;
        }
        double lat = latitude.doubleValue();
        double lon = longitude.doubleValue();
        Area area = AREAS.stream().filter(a -> a.contains(lat, lon)).findFirst().orElse(null);
        if (area == null) {
            errors.add("latitude", "le point (" + degrees(lat) + ", " + degrees(lon)
                    + ") est hors de France, métropole et outre-mer compris");
            return;
        }
        if (!regions.isEmpty() && regions.stream().noneMatch(area.regions()::contains)) {
            String expected = AREAS.stream().filter(a -> regions.stream().anyMatch(a.regions()::contains))
                    .map(Area::where).findFirst().orElse("ailleurs");
            errors.add("latitude", "le point se situe " + area.where() + " alors que le territoire se trouve " + expected);
        }
    }
}
