package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.IndicatorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks indicators: a known kind, a whole value that is neither negative nor absurd, its unit, a past date, a source. */
final class IndicatorInput {

    /** More than two million of anything for one initiative is a typing error (13 million people are far from digital). */
    static final long VALUE_MAX = 2_000_000L;
    static final int SOURCE_MAX = 200;

    private IndicatorInput() {
    }

    static List<Indicator> check(InvalidInput.Collector errors, List<InitiativeDraft.IndicatorDraft> drafts, LocalDate today) {
        List<Indicator> indicators = new ArrayList<>();
        if (InitiativeDescription.tooMany(errors, "indicators", drafts)) {
            return indicators;
        }
        for (int i = 0; drafts != null && i < drafts.size(); i++) {
            InitiativeDraft.IndicatorDraft d = drafts.get(i);
            String at = "indicators[" + i + "]";
            if (d == null) {
                errors.add(at, "est vide");
                continue;
            }
            IndicatorKind kind = d.getKind() == null ? null : IndicatorKind.fromCode(d.getKind().strip()).orElse(null);
            if (kind == null) {
                errors.add(at + ".kind", (d.getKind() == null || d.getKind().isBlank() ? "est obligatoire" : "est inconnu")
                        + " (valeurs possibles : " + IndicatorKind.codes() + ")");
            } else if (d.getUnit() != null && !d.getUnit().isBlank() && !d.getUnit().strip().equals(kind.unit())) {
                errors.add(at + ".unit", "l'unité de « " + kind.label() + " » est « " + kind.unit() + " »");
            }
            Long value = value(errors, at + ".value", d.getValue());
            LocalDate date = InitiativeDescription.date(errors, at + ".date", d.getDate(),
                    InitiativeDescription.EARLIEST, today);
            if (date == null && (d.getDate() == null || d.getDate().isBlank())) {
                errors.add(at + ".date", "est obligatoire (date de la mesure, AAAA-MM-JJ)");
            }
            String source = TextFields.line(errors, at + ".source", d.getSource(), SOURCE_MAX);
            if (kind != null && value != null && date != null && source != null) {
                indicators.add(new Indicator(kind, value, date, source));
            }
        }
        long distributed = latest(indicators, IndicatorKind.PASS_DISTRIBUES);
        long used = latest(indicators, IndicatorKind.PASS_UTILISES);
        if (distributed >= 0 && used > distributed) {
            errors.add("indicators", "plus de Pass numérique utilisés (" + used + ") que distribués (" + distributed + ")");
        }
        return indicators;
    }

    private static Long value(InvalidInput.Collector errors, String field, BigDecimal value) {
        if (value == null) {
            errors.add(field, "est obligatoire");
            return null;
        }
        if (value.signum() < 0) {
            errors.add(field, "ne peut pas être négatif");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(field, "doit être un nombre entier");
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(VALUE_MAX)) > 0) {
            errors.add(field, "valeur invraisemblable : plus de " + VALUE_MAX + " pour une seule initiative");
            return null;
        }
        return value.longValueExact();
    }

    /**
     * The value of a kind the dashboard counts ({@link IndicatorSummary#latest}: the most recent, the later line at
     * equal dates), -1 if none: the check and the dashboard must agree on which line is "the latest".
     */
    static long latest(List<Indicator> indicators, IndicatorKind kind) {
        return IndicatorSummary.latest(indicators).getOrDefault(kind, -1L);
    }
}
