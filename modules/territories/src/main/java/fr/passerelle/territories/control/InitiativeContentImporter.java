package fr.passerelle.territories.control;

import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.Actor;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Imports {@code content/territories/initiatives/*.md} as published initiatives, by slug, after the
 * territories. The body's second-level headings name the parts of the case record: « Le problème »,
 * « Ce qui a été fait », « Ce qui a marché », « Ce qui a coincé », « Pour essaimer ».
 */
@ApplicationScoped
public class InitiativeContentImporter implements ContentImporter {

    static final Map<String, String> SECTIONS = Map.of(
            "le probleme", "problem", "probleme", "problem", "ce qui a ete fait", "actions",
            "ce qui a marche", "whatWorked", "ce qui a coince", "whatStuck", "pour essaimer", "toSpread");

    @Inject
    TerritoryRepository territories;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    InitiativeJournal journal;

    @Inject
    Clock clock;

    @Override
    public String moduleId() {
        return "territories/initiatives";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    @Transactional
    public Outcome importFile(ContentFile file) {
        String slug = file.slug();
        String territorySlug = file.text("territory");
        Territory territory = territories.bySlug(territorySlug).orElseThrow(() -> new ContentError(
                file.lineOf("territory"), "aucun territoire « " + territorySlug + " » (content/territories/)"));
        InitiativeDescription d;
        try {
            d = InitiativeDescription.check(draft(file), LocalDate.now(clock));
        } catch (InvalidInput e) {
            throw ContentFields.error(file, e);
        }
        String hash = ContentFields.hash(file);
        var existing = initiatives.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        if (existing.isPresent() && !existing.get().getTerritory().getId().equals(territory.getId())) {
            throw new ContentError(file.lineOf("territory"), "une initiative ne change pas de territoire");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Initiative initiative = existing.orElseGet(() -> new Initiative(slug, territory, now));
        Map<String, Object> before = existing.isPresent() ? InitiativeSnapshot.of(initiative) : Map.of();
        InitiativeContent.apply(initiative, d);
        initiative.setSourceHash(hash);
        initiative.publish(now);
        initiative.touch(now);
        if (existing.isEmpty()) {
            initiatives.add(initiative);
        }
        journal.changed(initiative, Actor.CONTENT_IMPORT, existing.isEmpty() ? "importée" : "mise à jour par l'import",
                null, InitiativeSnapshot.diff(before, InitiativeSnapshot.of(initiative)));
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    static InitiativeDraft draft(ContentFile file) {
        InitiativeDraft d = new InitiativeDraft();
        d.setTitle(file.text("title"));
        d.setSummary(file.optionalText("summary"));
        d.setStatus(file.optionalText("status"));
        d.setStartDate(ContentFields.date(file, "start"));
        d.setEndDate(ContentFields.date(file, "end"));
        d.setThemes(file.list("themes"));
        d.setAudiences(file.list("audiences"));
        d.setLicence(file.optionalText("licence"));
        d.setResources(file.list("resources"));
        d.setPartners(ContentFields.maps(file, "partners").stream().map(m -> new InitiativeDraft.PartnerDraft(
                ContentFields.text(m, "name"), ContentFields.text(m, "role"))).toList());
        d.setFunding(ContentFields.maps(file, "funding").stream().map(m -> new InitiativeDraft.FundingDraft(
                ContentFields.text(m, "source"), ContentFields.text(m, "label"), ContentFields.number(m, "amount"))).toList());
        d.setIndicators(ContentFields.maps(file, "indicators").stream().map(m -> new InitiativeDraft.IndicatorDraft(
                ContentFields.text(m, "kind"), ContentFields.number(m, "value"), ContentFields.text(m, "date"),
                ContentFields.text(m, "source"))).toList());
        Map<String, String> parts = sections(file);
        d.setProblem(parts.get("problem"));
        d.setActions(parts.get("actions"));
        d.setWhatWorked(parts.get("whatWorked"));
        d.setWhatStuck(parts.get("whatStuck"));
        d.setToSpread(parts.get("toSpread"));
        return d;
    }

    /** The body cut at its "## " headings; text before the first heading belongs to the problem. */
    static Map<String, String> sections(ContentFile file) {
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        String current = "problem";
        int line = file.bodyLine();
        for (String text : file.body().split("\n", -1)) {
            if (text.startsWith("## ")) {
                String key = fr.passerelle.kernel.api.Slugs.of(text.substring(3)).replace('-', ' ');
                current = SECTIONS.get(key);
                if (current == null) {
                    throw new ContentError(line, "titre de partie inconnu « " + text.substring(3).strip()
                            + " » (attendus : Le problème, Ce qui a été fait, Ce qui a marché, Ce qui a coincé, Pour essaimer)");
                }
            } else {
                parts.computeIfAbsent(current, k -> new StringBuilder()).append(text).append('\n');
            }
            line++;
        }
        Map<String, String> result = new LinkedHashMap<>();
        parts.forEach((k, v) -> result.put(k, v.toString().strip()));
        return result;
    }
}
