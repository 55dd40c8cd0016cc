package fr.passerelle.kernel.export;

/**
 * Text cells of a CSV file that people open in a spreadsheet. Excel, LibreOffice and Google Sheets run a
 * cell starting with {@code = + - @} (or a tab or carriage return, which they skip before looking) as a
 * formula, so a title such as {@code =HYPERLINK("http://…")} typed by anyone would become a live link or a
 * call in the reader's spreadsheet (CSV injection). Such cells get a leading apostrophe, which spreadsheets
 * read as "this is text" and do not show. The full-width forms are included because some spreadsheets
 * normalise them to the ASCII signs. Numbers and dates that the exporter writes itself need no defusing:
 * pass only text that people typed.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value as a cell that no spreadsheet runs; null becomes an empty cell. */
    public static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    static boolean startsLikeAFormula(String value) {
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
