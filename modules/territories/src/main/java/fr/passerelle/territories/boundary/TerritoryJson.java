package fr.passerelle.territories.boundary;

import fr.passerelle.territories.control.Places;
import fr.passerelle.territories.entity.Contact;
import fr.passerelle.territories.entity.EditorSeen;
import fr.passerelle.territories.entity.IndicatorKind;
import fr.passerelle.territories.entity.Territory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** A territory as the API shows it. */
final class TerritoryJson {

    private TerritoryJson() {
    }

    static JsonObject of(Territory t, long initiatives, Map<IndicatorKind, Long> indicators) {
        JsonArrayBuilder deps = JsonParts.array();
        t.getDepartements().forEach(c -> deps.add(JsonParts.place(c, Places.departement(c))));
        JsonArrayBuilder regions = JsonParts.array();
        t.getRegions().forEach(c -> regions.add(JsonParts.place(c, Places.region(c))));
        JsonArrayBuilder contacts = JsonParts.array();
        for (Contact c : t.getContacts()) {
            contacts.add(JsonParts.object().add("name", c.getName()).add("role", c.getRole()).add("email", c.getEmail())
                    .add("phone", c.getPhone()));
        }
        JsonArrayBuilder editors = JsonParts.array();
        t.getEditors().stream().map(EditorSeen::getName).forEach(editors::add);
        JsonObjectBuilder totals = JsonParts.object();
        indicators.forEach((k, v) -> totals.add(k.code(), v));
        JsonObjectBuilder b = JsonParts.object()
                .add("id", t.getId())
                .add("slug", t.getSlug())
                .add("name", t.getName())
                .add("kind", JsonParts.term(t.getKind()));
        JsonParts.add(b, "code", t.getCode());
        b.add("departements", deps).add("regions", regions);
        if (t.getPopulation() == null) {
            b.addNull("population");
        } else {
            b.add("population", t.getPopulation());
        }
        return b.add("latitude", t.getLatitude())
                .add("longitude", t.getLongitude())
                .add("presentation", t.getPresentation())
                .add("contacts", contacts)
                .add("editors", editors)
                .add("initiatives", initiatives)
                .add("indicators", totals)
                .add("url", t.getPath())
                .add("updatedAt", t.getUpdatedAt().toString())
                .build();
    }
}
