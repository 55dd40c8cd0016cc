package fr.passerelle.territories.boundary;

import java.text.NumberFormat;
import java.util.Locale;

/** Whole numbers written the French way, thousands separated by a narrow space. */
final class Numbers {

    private Numbers() {
    }

    static String format(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value).replace('\u00a0', '\u202f');
    }
}
