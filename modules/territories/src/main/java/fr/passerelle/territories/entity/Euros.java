package fr.passerelle.territories.entity;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts held as whole cents, written the French way ("12 500,00 €"). */
public final class Euros {

    private Euros() {
    }

    public static BigDecimal decimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    public static String format(long cents) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(decimal(cents)) + "\u00a0€";
    }
}
