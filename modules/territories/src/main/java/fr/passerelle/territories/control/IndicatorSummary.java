package fr.passerelle.territories.control;

import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.IndicatorKind;
import fr.passerelle.territories.entity.Initiative;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national dashboard: indicators of published initiatives summed by région or by theme. Indicators
 * are cumulative at their date, so each initiative counts with its latest value of each kind. An
 * initiative counts once in the national total, and in each région its territory spans and each theme it
 * has (so rows of a grouping that spans régions, or of several themes, add up to more than the total).
 */
public final class IndicatorSummary {

    public enum By {
        REGION("region", "Région"), THEME("theme", "Thème");

        private final String code;
        private final String label;

        By(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<By> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
        }
    }

    /** One line of the table: a région or theme (or the national total), its initiatives and sums. */
    public record Row(String code, String label, long initiatives, Map<IndicatorKind, Long> values, long fundingCents) {
        public long value(IndicatorKind kind) {
            return values.getOrDefault(kind, 0L);
        }
    }

    public record Table(By by, List<Row> rows, Row total) {
    }

    static final String NO_THEME = "sans-theme";

    private IndicatorSummary() {
    }

    public static Table of(List<Initiative> published, By by) {
        Map<String, Accumulator> rows = new LinkedHashMap<>();
        Accumulator total = new Accumulator("total", "France entière");
        for (Initiative i : published) {
            if (!i.isPublished()) {
                continue;
            }
            Map<IndicatorKind, Long> latest = latest(i.getIndicators());
            total.add(latest, i.getFundingTotalCents());
            for (Map.Entry<String, String> key : keys(i, by).entrySet()) {
                rows.computeIfAbsent(key.getKey(), k -> new Accumulator(k, key.getValue()))
                        .add(latest, i.getFundingTotalCents());
            }
        }
        Comparator<Row> order = by == By.THEME ? Comparator.comparing(IndicatorSummary::themeOrder)
                : Comparator.comparing(Row::label);
        List<Row> list = new ArrayList<>(rows.values().stream().map(Accumulator::row).sorted(order).toList());
        return new Table(by, list, total.row());
    }

    private static int themeOrder(Row row) {
        return Theme.fromCode(row.code()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static Map<String, String> keys(Initiative i, By by) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (by == By.REGION) {
            i.getTerritory().getRegions().forEach(code -> keys.put(code, Places.region(code)));
        } else {
            i.getThemes().forEach(t -> keys.put(t.code(), t.label()));
            if (keys.isEmpty()) {
                keys.put(NO_THEME, "Sans thème");
            }
        }
        return keys;
    }

    /** The most recent value of each kind (at equal dates, the later line wins). */
    static Map<IndicatorKind, Long> latest(List<Indicator> indicators) {
        Map<IndicatorKind, Indicator> latest = new EnumMap<>(IndicatorKind.class);
        for (Indicator indicator : indicators) {
            if (indicator.getKind() != null) {
                latest.merge(indicator.getKind(), indicator,
                        (a, b) -> b.getMeasuredOn().isBefore(a.getMeasuredOn()) ? a : b);
            }
        }
        Map<IndicatorKind, Long> values = new EnumMap<>(IndicatorKind.class);
        latest.forEach((k, v) -> values.put(k, v.getAmount()));
        return values;
    }

    private static final class Accumulator {
        private final String code;
        private final String label;
        private long initiatives;
        private long funding;
        private final Map<IndicatorKind, Long> values = new EnumMap<>(IndicatorKind.class);

        Accumulator(String code, String label) {
            this.code = code;
            this.label = label;
        }

        void add(Map<IndicatorKind, Long> latest, long fundingCents) {
            initiatives++;
            funding = Math.addExact(funding, fundingCents);
            latest.forEach((k, v) -> values.merge(k, v, Math::addExact));
        }

        Row row() {
            return new Row(code, label, initiatives, Map.copyOf(values), funding);
        }
    }
}
