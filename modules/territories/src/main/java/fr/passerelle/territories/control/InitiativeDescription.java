package fr.passerelle.territories.control;

import fr.passerelle.kernel.api.Slugs;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Terms;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.territories.entity.FundingLine;
import fr.passerelle.territories.entity.FundingSource;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.InitiativeStatus;
import fr.passerelle.territories.entity.Partner;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checked content of an initiative: what every way in (API, form, content file) must satisfy.
 * Amounts are exact cents, indicator values whole numbers; nothing negative, nothing absurd.
 */
public record InitiativeDescription(String title, String summary, InitiativeStatus status, LocalDate startDate,
                                    LocalDate endDate, Set<Theme> themes, Set<Audience> audiences, String problem,
                                    String actions, String whatWorked, String whatStuck, String toSpread,
                                    Licence licence, List<Partner> partners, List<FundingLine> funding,
                                    List<Indicator> indicators, List<String> resources) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int TEXT_MAX = 20_000;
    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 300;
    public static final int LINES_MAX = 30;
    public static final int RESOURCES_MAX = 20;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public InitiativeDescription {
        themes = Set.copyOf(themes);
        audiences = Set.copyOf(audiences);
        partners = List.copyOf(partners);
        funding = List.copyOf(funding);
        indicators = List.copyOf(indicators);
        resources = List.copyOf(resources);
    }

    /**
     * @param today indicators measured after today are refused
     * @throws InvalidInput naming every field at fault (JSON names, e.g. {@code funding[1].amount})
     */
    public static InitiativeDescription check(InitiativeDraft d, LocalDate today) {
        if (d == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant l'initiative est attendu");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String title = TextFields.line(errors, "title", d.getTitle(), TITLE_MAX);
        String summary = TextFields.text(errors, "summary", d.getSummary(), SUMMARY_MAX);
        InitiativeStatus status = InitiativeStatus.EN_COURS;
        if (d.getStatus() != null && !d.getStatus().isBlank()) {
            status = InitiativeStatus.fromCode(d.getStatus().strip()).orElse(null);
            if (status == null) {
                errors.add("status", "est inconnu (valeurs possibles : " + InitiativeStatus.codes() + ")");
            }
        }
        LocalDate start = date(errors, "startDate", d.getStartDate(), EARLIEST, LATEST);
        LocalDate end = date(errors, "endDate", d.getEndDate(), EARLIEST, LATEST);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "la date de fin (" + end + ") précède la date de début (" + start + ")");
        }
        Set<Theme> themes = Terms.fromCodes(errors, "themes", "thème", d.getThemes(), Theme.class);
        Set<Audience> audiences = Terms.fromCodes(errors, "audiences", "public", d.getAudiences(), Audience.class);
        String problem = TextFields.text(errors, "problem", d.getProblem(), TEXT_MAX);
        String actions = TextFields.text(errors, "actions", d.getActions(), TEXT_MAX);
        String worked = TextFields.text(errors, "whatWorked", d.getWhatWorked(), TEXT_MAX);
        String stuck = TextFields.text(errors, "whatStuck", d.getWhatStuck(), TEXT_MAX);
        String spread = TextFields.text(errors, "toSpread", d.getToSpread(), TEXT_MAX);
        Licence licence = Licence.DEFAULT;
        if (d.getLicence() != null && !d.getLicence().isBlank()) {
            licence = Licence.fromId(d.getLicence().strip()).orElse(null);
            if (licence == null) {
                errors.add("licence", "est inconnue (valeurs possibles : " + Licence.ids() + ")");
            }
        }
        List<Partner> partners = partners(errors, d.getPartners());
        List<FundingLine> funding = funding(errors, d.getFunding());
        List<Indicator> indicators = IndicatorInput.check(errors, d.getIndicators(), today);
        List<String> resources = resources(errors, d.getResources());
        errors.throwIfAny();
        return new InitiativeDescription(title, summary, status, start, end, themes, audiences, problem, actions,
                worked, stuck, spread, licence, partners, funding, indicators, resources);
    }

    static LocalDate date(InvalidInput.Collector errors, String field, String value, LocalDate earliest, LocalDate latest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(earliest) || date.isAfter(latest)) {
                errors.add(field, "doit être comprise entre le " + earliest + " et le " + latest);
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, "doit être une date au format AAAA-MM-JJ");
            return null;
        }
    }

    private static List<Partner> partners(InvalidInput.Collector errors, List<InitiativeDraft.PartnerDraft> drafts) {
        List<Partner> partners = new ArrayList<>();
        if (tooMany(errors, "partners", drafts)) {
            return partners;
        }
        for (int i = 0; drafts != null && i < drafts.size(); i++) {
            InitiativeDraft.PartnerDraft p = drafts.get(i);
            String at = "partners[" + i + "]";
            if (p == null) {
                errors.add(at, "est vide");
                continue;
            }
            partners.add(new Partner(TextFields.line(errors, at + ".name", p.getName(), NAME_MAX),
                    InputText.optionalLine(errors, at + ".role", p.getRole(), ROLE_MAX)));
        }
        return partners;
    }

    private static List<FundingLine> funding(InvalidInput.Collector errors, List<InitiativeDraft.FundingDraft> drafts) {
        List<FundingLine> lines = new ArrayList<>();
        if (tooMany(errors, "funding", drafts)) {
            return lines;
        }
        long total = 0;
        for (int i = 0; drafts != null && i < drafts.size(); i++) {
            InitiativeDraft.FundingDraft f = drafts.get(i);
            String at = "funding[" + i + "]";
            if (f == null) {
                errors.add(at, "est vide");
                continue;
            }
            FundingSource source = f.getSource() == null ? null : FundingSource.fromCode(f.getSource().strip()).orElse(null);
            if (source == null) {
                errors.add(at + ".source", (f.getSource() == null || f.getSource().isBlank() ? "est obligatoire"
                        : "est inconnue") + " (valeurs possibles : " + FundingSource.codes() + ")");
            }
            String label = InputText.optionalLine(errors, at + ".label", f.getLabel(), NAME_MAX);
            Long cents = EuroAmount.cents(errors, at + ".amount", f.getAmount());
            if (source != null && cents != null) {
                lines.add(new FundingLine(source, label, cents));
                total += cents;
            }
        }
        if (total > EuroAmount.TOTAL_MAX_CENTS) {
            errors.add("funding", "le budget total dépasse " + EuroAmount.TOTAL_MAX_LABEL + " : vérifiez les montants");
        }
        return lines;
    }

    private static List<String> resources(InvalidInput.Collector errors, List<String> slugs) {
        List<String> found = new ArrayList<>();
        if (slugs == null) {
            return found;
        }
        if (slugs.size() > RESOURCES_MAX) {
            errors.add("resources", RESOURCES_MAX + " ressources liées au plus");
            return found;
        }
        for (String s : slugs) {
            String slug = s == null ? "" : s.strip();
            if (!Slugs.isValid(slug)) {
                errors.add("resources", "« " + slug + " » n'est pas un identifiant de ressource "
                        + "(minuscules sans accent, chiffres et tirets)");
            } else if (!found.contains(slug)) {
                found.add(slug);
            }
        }
        return found;
    }

    static boolean tooMany(InvalidInput.Collector errors, String field, List<?> items) {
        if (items != null && items.size() > LINES_MAX) {
            errors.add(field, LINES_MAX + " lignes au plus");
            return true;
        }
        return false;
    }
}
