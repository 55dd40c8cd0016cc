package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.territories.control.EuroAmount;
import fr.passerelle.territories.control.InitiativeDraft;
import fr.passerelle.territories.entity.FundingLine;
import fr.passerelle.territories.entity.FundingSource;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.IndicatorKind;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.InitiativeStatus;
import fr.passerelle.territories.entity.Partner;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The initiative form without JavaScript: plain fields, and for partners, funding and indicators a few
 * numbered rows (those filled plus three empty ones; a blank row is ignored). Builds the form's values
 * from an initiative or from what was typed, and the draft from what was typed.
 */
final class InitiativeForm {

    static final int SPARE_ROWS = 3;
    private static final Pattern INDEXED = Pattern.compile("(partners|funding|indicators)\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("slug", "Identifiant"), Map.entry("title", "Titre"), Map.entry("summary", "Résumé"),
            Map.entry("status", "État"), Map.entry("startDate", "Date de début"), Map.entry("endDate", "Date de fin"),
            Map.entry("themes", "Thèmes"), Map.entry("audiences", "Publics"), Map.entry("problem", "Le problème"),
            Map.entry("actions", "Ce qui a été fait"), Map.entry("whatWorked", "Ce qui a marché"),
            Map.entry("whatStuck", "Ce qui a coincé"), Map.entry("toSpread", "Pour essaimer"),
            Map.entry("licence", "Licence"), Map.entry("resources", "Ressources liées"),
            Map.entry("partners", "Partenaires"), Map.entry("funding", "Financements"),
            Map.entry("indicators", "Indicateurs"), Map.entry("name", "nom"), Map.entry("role", "rôle"),
            Map.entry("source", "source"), Map.entry("label", "objet"), Map.entry("amount", "montant"),
            Map.entry("kind", "indicateur"), Map.entry("value", "valeur"), Map.entry("unit", "unité"),
            Map.entry("date", "date"), Map.entry("corps", "Formulaire"), Map.entry("publication", "Publication"),
            Map.entry("attachments", "Documents"));
    private static final Map<String, String> ROWS = Map.of("partners", "Partenaire", "funding", "Financement",
            "indicators", "Indicateur");

    private InitiativeForm() {
    }

    /** The values of an empty form. */
    static Map<String, Object> blank() {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String name : List.of("slug", "title", "summary", "startDate", "endDate", "problem", "actions",
                "whatWorked", "whatStuck", "toSpread", "resources")) {
            f.put(name, "");
        }
        f.put("status", InitiativeStatus.EN_COURS.code());
        f.put("licence", Licence.DEFAULT.id());
        f.put("themes", List.of());
        f.put("audiences", List.of());
        f.put("partners", rows(List.of(), 2));
        f.put("funding", rows(List.of(), 3));
        f.put("indicators", rows(List.of(), 4));
        return f;
    }

    static Map<String, Object> of(Initiative i) {
        Map<String, Object> f = blank();
        f.put("slug", i.getSlug());
        f.put("title", i.getTitle());
        f.put("summary", i.getSummary());
        f.put("status", i.getStatus().code());
        f.put("startDate", i.getStartDate() == null ? "" : i.getStartDate().toString());
        f.put("endDate", i.getEndDate() == null ? "" : i.getEndDate().toString());
        f.put("problem", i.getProblem());
        f.put("actions", i.getActions());
        f.put("whatWorked", i.getWhatWorked());
        f.put("whatStuck", i.getWhatStuck());
        f.put("toSpread", i.getToSpread());
        f.put("resources", String.join("\n", i.getResources()));
        f.put("licence", i.getLicence().id());
        f.put("themes", i.getThemes().stream().map(Term::code).toList());
        f.put("audiences", i.getAudiences().stream().map(Term::code).toList());
        List<List<String>> partners = new ArrayList<>();
        for (Partner p : i.getPartners()) {
            partners.add(List.of(p.getName(), p.getRole()));
        }
        f.put("partners", rows(partners, 2));
        List<List<String>> funding = new ArrayList<>();
        for (FundingLine l : i.getFunding()) {
            funding.add(List.of(l.getSource().code(), l.getLabel(),
                    fr.passerelle.territories.entity.Euros.decimal(l.getAmountCents()).toPlainString().replace('.', ',')));
        }
        f.put("funding", rows(funding, 3));
        List<List<String>> indicators = new ArrayList<>();
        for (Indicator k : i.getIndicators()) {
            indicators.add(List.of(k.getKind() == null ? "" : k.getKind().code(), String.valueOf(k.getAmount()),
                    k.getMeasuredOn().toString(), k.getSource()));
        }
        f.put("indicators", rows(indicators, 4));
        return f;
    }

    /** The values as typed, to show the form again with its errors. */
    static Map<String, Object> of(MultivaluedMap<String, String> form) {
        Map<String, Object> f = blank();
        for (String name : List.of("slug", "title", "summary", "status", "startDate", "endDate", "problem", "actions",
                "whatWorked", "whatStuck", "toSpread", "resources", "licence")) {
            f.put(name, value(form, name));
        }
        f.put("themes", form.getOrDefault("themes", List.of()));
        f.put("audiences", form.getOrDefault("audiences", List.of()));
        f.put("partners", rows(typed(form, "partner", "name", "role"), 2));
        f.put("funding", rows(typed(form, "funding", "source", "label", "amount"), 3));
        f.put("indicators", rows(typed(form, "indicator", "kind", "value", "date", "source"), 4));
        return f;
    }

    static InitiativeDraft draft(MultivaluedMap<String, String> form, InvalidInput.Collector errors) {
        InitiativeDraft d = new InitiativeDraft();
        d.setSlug(value(form, "slug"));
        d.setTitle(value(form, "title"));
        d.setSummary(value(form, "summary"));
        d.setStatus(value(form, "status"));
        d.setStartDate(value(form, "startDate"));
        d.setEndDate(value(form, "endDate"));
        d.setThemes(form.getOrDefault("themes", List.of()));
        d.setAudiences(form.getOrDefault("audiences", List.of()));
        d.setProblem(value(form, "problem"));
        d.setActions(value(form, "actions"));
        d.setWhatWorked(value(form, "whatWorked"));
        d.setWhatStuck(value(form, "whatStuck"));
        d.setToSpread(value(form, "toSpread"));
        d.setLicence(value(form, "licence"));
        d.setResources(Arrays.stream(value(form, "resources").split("[\\s,;]+")).filter(s -> !s.isBlank()).toList());
        List<InitiativeDraft.PartnerDraft> partners = new ArrayList<>();
        for (List<String> row : typed(form, "partner", "name", "role")) {
            partners.add(new InitiativeDraft.PartnerDraft(row.get(0), row.get(1)));
        }
        d.setPartners(partners);
        List<InitiativeDraft.FundingDraft> funding = new ArrayList<>();
        for (List<String> row : typed(form, "funding", "source", "label", "amount")) {
            String field = "funding[" + funding.size() + "].amount";
            BigDecimal amount = EuroAmount.parse(errors, field, row.get(2));
            funding.add(new InitiativeDraft.FundingDraft(row.get(0), row.get(1), amount));
        }
        d.setFunding(funding);
        List<InitiativeDraft.IndicatorDraft> indicators = new ArrayList<>();
        for (List<String> row : typed(form, "indicator", "kind", "value", "date", "source")) {
            String field = "indicators[" + indicators.size() + "].value";
            BigDecimal value = null;
            String v = row.get(1).replaceAll("[\\s\\u00a0\\u202f]", "");
            if (!v.isEmpty()) {
                if (v.matches("-?\\d{1,15}")) {
                    value = new BigDecimal(v);
                } else {
                    errors.add(field, "« " + row.get(1).strip() + " » n'est pas un nombre entier");
                }
            }
            indicators.add(new InitiativeDraft.IndicatorDraft(row.get(0), value, row.get(2), row.get(3)));
        }
        d.setIndicators(indicators);
        d.setPublished("publish".equals(value(form, "intent")) ? Boolean.TRUE : null);
        return d;
    }

    /** Errors with French field names, for the summary at the top of the form. */
    static List<Map<String, String>> errors(List<FieldError> errors) {
        List<Map<String, String>> shown = new ArrayList<>();
        for (FieldError e : errors) {
            shown.add(Map.of("field", label(e.getField()), "message", e.getMessage()));
        }
        return shown;
    }

    static String label(String field) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            return ROWS.get(m.group(1)) + " n° " + (Integer.parseInt(m.group(2)) + 1) + " : "
                    + LABELS.getOrDefault(m.group(3), m.group(3));
        }
        String bare = field.replaceFirst("\\[(\\d+)]$", "");
        return LABELS.getOrDefault(bare, field);
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    /** The filled rows of a group of numbered fields ({@code funding-amount-3}), in order. */
    private static List<List<String>> typed(MultivaluedMap<String, String> form, String prefix, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            List<String> row = new ArrayList<>();
            boolean present = false;
            boolean filled = false;
            for (String column : columns) {
                String v = form.getFirst(prefix + "-" + column + "-" + n);
                present |= v != null;
                filled |= v != null && !v.isBlank();
                row.add(v == null ? "" : v);
            }
            if (!present) {
                break;
            }
            if (filled) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Rows for the template: each a list of its column values, plus the spare empty ones. */
    private static List<List<String>> rows(List<List<String>> filled, int columns) {
        List<List<String>> rows = new ArrayList<>(filled);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(java.util.Collections.nCopies(columns, ""));
        }
        return rows;
    }

    /** Choices of the selects and checkboxes. */
    static Map<String, Object> choices() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("statuses", List.of(InitiativeStatus.values()));
        c.put("themes", List.of(Theme.values()));
        c.put("audiences", List.of(Audience.values()));
        c.put("licences", List.of(Licence.values()));
        c.put("sources", List.of(FundingSource.values()));
        c.put("kinds", List.of(IndicatorKind.values()));
        return c;
    }
}
