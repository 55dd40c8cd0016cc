package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.territories.entity.Contact;
import fr.passerelle.territories.entity.TerritoryKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checked description of a territory: what every way in (API, content file) must satisfy. */
public record TerritoryDescription(String name, TerritoryKind kind, String code, Set<String> departements,
                                   Set<String> regions, Long population, BigDecimal latitude, BigDecimal longitude,
                                   String presentation, List<Contact> contacts) {

    public static final int NAME_MAX = 200;
    public static final int PRESENTATION_MAX = 10_000;
    public static final int CONTACTS_MAX = 10;
    /** More people than France counts is a typing error. */
    public static final long POPULATION_MAX = 70_000_000L;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 .()-]{0,30}");

    public TerritoryDescription {
        departements = Set.copyOf(departements);
        regions = Set.copyOf(regions);
        contacts = List.copyOf(contacts);
    }

    /** @throws InvalidInput naming every field at fault */
    public static TerritoryDescription check(TerritoryDraft d) {
        if (d == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant le territoire est attendu");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = TextFields.line(errors, "name", d.getName(), NAME_MAX);
        TerritoryKind kind = null;
        if (d.getKind() == null || d.getKind().isBlank()) {
            errors.add("kind", "est obligatoire (valeurs possibles : " + TerritoryKind.codes() + ")");
        } else {
            kind = Term.fromCode(TerritoryKind.class, d.getKind().strip()).orElse(null);
            if (kind == null) {
                errors.add("kind", "est inconnu (valeurs possibles : " + TerritoryKind.codes() + ")");
            }
        }
        TerritoryCodes.Placement placement = kind == null ? null
                : TerritoryCodes.place(errors, kind, d.getCode(), d.getDepartements()).orElse(null);
        Long population = d.getPopulation();
        if (population == null && placement != null) {
            population = placement.officialPopulation();
        }
        if (population != null && (population < 0 || population > POPULATION_MAX)) {
            errors.add("population", "doit être un nombre d'habitants entre 0 et " + POPULATION_MAX);
        }
        FrancePoint.check(errors, d.getLatitude(), d.getLongitude(), placement == null ? Set.of() : placement.regions());
        String presentation = TextFields.text(errors, "presentation", d.getPresentation(), PRESENTATION_MAX);
        List<Contact> contacts = contacts(errors, d.getContacts());
        errors.throwIfAny();
        return new TerritoryDescription(name, kind, placement.code(), placement.departements(), placement.regions(),
                population, d.getLatitude(), d.getLongitude(), presentation, contacts);
    }

    private static List<Contact> contacts(InvalidInput.Collector errors, List<TerritoryDraft.ContactDraft> drafts) {
        List<Contact> contacts = new ArrayList<>();
        if (drafts == null) {
            return contacts;
        }
        if (drafts.size() > CONTACTS_MAX) {
            errors.add("contacts", CONTACTS_MAX + " contacts au plus");
            return contacts;
        }
        for (int i = 0; i < drafts.size(); i++) {
            TerritoryDraft.ContactDraft c = drafts.get(i);
            String at = "contacts[" + i + "].";
            if (c == null) {
                errors.add("contacts[" + i + "]", "est vide");
                continue;
            }
            String name = TextFields.line(errors, at + "name", c.getName(), NAME_MAX);
            String role = InputText.optionalLine(errors, at + "role", c.getRole(), NAME_MAX);
            String email = TextFields.line(errors, at + "email", c.getEmail(), 254);
            if (email != null && !EMAIL.matcher(email).matches()) {
                errors.add(at + "email", "n'est pas une adresse électronique");
            }
            String phone = InputText.optionalLine(errors, at + "phone", c.getPhone(), 30);
            if (!PHONE.matcher(phone).matches()) {
                errors.add(at + "phone", "ne doit contenir que des chiffres, espaces, points, tirets, parenthèses et « + »");
            }
            contacts.add(new Contact(name, role, email, phone));
        }
        return contacts;
    }
}
