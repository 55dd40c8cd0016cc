package fr.passerelle.territories.control;

import fr.passerelle.kernel.errors.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts as people give them, turned into exact cents; negative, fractional cents or absurd sums refused. */
public final class EuroAmount {

    /** One line above 100 million euros (the whole national plan's order of magnitude) is a typing error. */
    public static final long LINE_MAX_CENTS = 100_000_000_00L;
    public static final String LINE_MAX_LABEL = "100 millions d'euros";
    public static final long TOTAL_MAX_CENTS = 500_000_000_00L;
    public static final String TOTAL_MAX_LABEL = "500 millions d'euros";

    private EuroAmount() {
    }

    /** @return the amount in cents, or null when an error was added */
    public static Long cents(InvalidInput.Collector errors, String field, BigDecimal euros) {
        if (euros == null) {
            errors.add(field, "est obligatoire (montant en euros)");
            return null;
        }
        if (euros.signum() < 0) {
            errors.add(field, "ne peut pas être négatif");
            return null;
        }
        if (euros.signum() == 0) {
            errors.add(field, "doit être supérieur à zéro");
            return null;
        }
        // The bound first: setScale on 1e999999999 (a dozen bytes of JSON) would build a billion-digit number.
        if (euros.compareTo(BigDecimal.valueOf(LINE_MAX_CENTS, 2)) > 0) {
            errors.add(field, "montant invraisemblable : plus de " + LINE_MAX_LABEL + " pour une seule ligne");
            return null;
        }
        if (euros.stripTrailingZeros().scale() > 2) {
            errors.add(field, "se donne au centime près (deux décimales au plus)");
            return null;
        }
        return euros.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    /**
     * Parses a typed amount: digits with an optional comma or point and up to two decimals, spaces
     * between thousands allowed, an optional "€". Returns null when it is not a number (an error is added).
     */
    public static BigDecimal parse(InvalidInput.Collector errors, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replace("€", "").replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        // Bounded on both sides of the point: new BigDecimal of a megabyte of decimals would take seconds.
        if (!t.matches("-?\\d{1,15}(\\.\\d{1,12})?")) {
            String shown = typed.strip().length() > 40 ? typed.strip().substring(0, 40) + "…" : typed.strip();
            errors.add(field, "« " + shown + " » n'est pas un montant en euros (exemple : 12 500,50)");
            return null;
        }
        return new BigDecimal(t);
    }
}
