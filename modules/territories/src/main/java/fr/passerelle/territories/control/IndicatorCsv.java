package fr.passerelle.territories.control;

import fr.passerelle.territories.entity.Euros;
import fr.passerelle.territories.entity.IndicatorKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard as CSV for spreadsheets set to French: semicolons between fields, decimal commas for
 * euros, one line per région or theme and a last line for the whole of France.
 */
public final class IndicatorCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private IndicatorCsv() {
    }

    public static String write(IndicatorSummary.Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>(List.of(table.by().label(), "Code", "Initiatives publiées"));
            for (IndicatorKind kind : IndicatorKind.values()) {
                header.add(kind.label() + " (" + kind.unit() + ")");
            }
            header.add("Financements (euros)");
            csv.printRecord(header);
            for (IndicatorSummary.Row row : table.rows()) {
                csv.printRecord(cells(row));
            }
            csv.printRecord(cells(table.total()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> cells(IndicatorSummary.Row row) {
        List<String> cells = new ArrayList<>(List.of(row.label(), row.code(), String.valueOf(row.initiatives())));
        for (IndicatorKind kind : IndicatorKind.values()) {
            cells.add(String.valueOf(row.value(kind)));
        }
        cells.add(Euros.decimal(row.fundingCents()).toPlainString().replace('.', ','));
        return cells;
    }
}
