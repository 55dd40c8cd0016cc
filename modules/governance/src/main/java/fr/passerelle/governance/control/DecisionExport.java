package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.kernel.export.CsvCells;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The register as CSV (RFC 4180 through commons-csv). Typed text goes through {@link CsvCells}: the file is data,
 * never a spreadsheet formula.
 */
@ApplicationScoped
public class DecisionExport {

    static final String[] HEADER = {"numero", "date", "intitule", "texte", "adoption", "pour", "contre", "abstentions",
        "visibilite", "adresse"};

    public String csv(Body body, List<Decision> decisions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Decision d : decisions) {
                printer.printRecord(d.getNumber(), d.getDecidedOn().toString(), CsvCells.defused(d.getTitle()),
                        CsvCells.defused(d.getText()),
                        d.getAdoption().label(), count(d.getVotesFor()), count(d.getVotesAgainst()),
                        count(d.getAbstentions()), d.getVisibility().label(),
                        body.getPath() + "/decisions/" + d.getNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String count(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }
}
