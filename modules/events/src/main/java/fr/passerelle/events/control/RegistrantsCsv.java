package fr.passerelle.events.control;

import fr.passerelle.events.entity.EventSession;
import fr.passerelle.events.entity.Registration;
import fr.passerelle.kernel.export.CsvCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The registrants of an event as a CSV file for the organisers: semicolons and a byte order mark so that a French
 * spreadsheet opens it as is; typed text goes through {@link CsvCells}, so no cell runs as a formula.
 */
public final class RegistrantsCsv {

    static final String[] HEADER = {"numéro", "nom", "adresse électronique", "organisation", "type de structure",
        "commune", "besoins d'accessibilité", "statut", "position en liste d'attente", "sessions", "inscription le",
        "confirmée le", "accueilli·e à l'entrée"};

    private RegistrantsCsv() {
    }

    public static byte[] write(List<Registration> registrations, List<EventSession> sessions,
                               Collection<Long> checkedIn) {
        Map<Long, String> titles = sessions.stream().collect(Collectors.toMap(EventSession::getId, EventSession::getTitle));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(bom(writer),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get())) {
            for (Registration r : registrations) {
                csv.printRecord(r.getId(), CsvCells.defused(r.getName()), CsvCells.defused(r.getEmail()),
                        CsvCells.defused(r.getOrganisation()),
                        r.getStructureType().label(), r.getCommuneCode() == null ? "" : r.getCommuneCode(),
                        CsvCells.defused(r.getAccessibility()), r.getStatus().label(),
                        r.getWaitlistPosition() == null ? "" : r.getWaitlistPosition(),
                        r.getSessionIds().stream().map(id -> titles.getOrDefault(id, "#" + id)).map(CsvCells::defused)
                                .collect(Collectors.joining(" | ")),
                        r.getCreatedAt(), r.getConfirmedAt() == null ? "" : r.getConfirmedAt(),
                        checkedIn.contains(r.getId()) ? "oui" : "non");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Writer bom(Writer writer) throws IOException {
        writer.write('\uFEFF');
        return writer;
    }
}
