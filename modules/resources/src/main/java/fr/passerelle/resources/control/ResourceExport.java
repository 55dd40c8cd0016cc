package fr.passerelle.resources.control;

import fr.passerelle.kernel.export.CsvCells;
import fr.passerelle.kernel.persistence.EntityIds;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.TerritorialLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open-data export of every published resource with its licence, as CSV (RFC 4180, UTF-8, header
 * row) or JSON; both carry the same columns. Written page by page, so a large centre streams. CSV cells that a
 * spreadsheet would run as a formula are defused ({@link CsvCells}); JSON keeps the values as they are.
 */
@ApplicationScoped
public class ResourceExport {

    public static final List<String> COLUMNS = List.of("slug", "titre", "resume", "type", "themes", "publics",
            "niveau_territorial", "producteur", "producteur_url", "lien_externe", "licence", "licence_nom",
            "licence_url", "url", "publiee_le", "mise_a_jour_le");

    @Inject
    ResourceRepository resources;

    /** @param site the public address of the site, without a trailing slash, for the pages' addresses */
    public void csv(OutputStream out, String site) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get()
                .print(writer)) {
            forEach(r -> {
                try {
                    // People typed most of these cells; a spreadsheet must read them as text, never run them.
                    csv.printRecord(row(r, site).values().stream().map(CsvCells::defused).toList());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    public void json(OutputStream out, String site) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject();
            json.write("licence_des_metadonnees", "etalab-2.0");
            json.writeStartArray("items");
            forEach(r -> {
                JsonObjectBuilder item = Json.createObjectBuilder();
                row(r, site).forEach((k, v) -> item.add(k, v));
                json.write(item.build());
            });
            json.writeEnd();
            json.writeEnd();
        }
    }

    private void forEach(Consumer<Resource> sink) {
        EntityIds.walk(resources::publishedAfterId, Resource::getId, sink);
    }

    static Map<String, String> row(Resource r, String site) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("slug", r.getSlug());
        row.put("titre", r.getTitle());
        row.put("resume", r.getSummary());
        row.put("type", r.getType().code());
        row.put("themes", codes(r.getThemes()));
        row.put("publics", codes(r.getAudiences()));
        row.put("niveau_territorial", r.getTerritorialLevel().map(TerritorialLevel::code).orElse(""));
        row.put("producteur", nullToEmpty(r.getProducerName()));
        row.put("producteur_url", nullToEmpty(r.getProducerUrl()));
        row.put("lien_externe", nullToEmpty(r.getExternalUrl()));
        row.put("licence", r.getLicence().id());
        row.put("licence_nom", r.getLicence().label());
        row.put("licence_url", nullToEmpty(r.getLicence().url()));
        row.put("url", site + r.getPath());
        row.put("publiee_le", r.getPublishedAt() == null ? "" : r.getPublishedAt().toString());
        row.put("mise_a_jour_le", r.getUpdatedAt().toString());
        return row;
    }

    private static String codes(List<? extends Term> terms) {
        return terms.stream().map(Term::code).collect(Collectors.joining("|"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
