package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.resources.control.ReadingTime;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.TerritorialLevel;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the pages show of a resource in a list, as template values (text only, escaped by the templates). */
final class ResourceCards {

    private ResourceCards() {
    }

    static Map<String, Object> card(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", r.getSlug());
        m.put("url", r.getPath());
        m.put("title", r.getTitle());
        m.put("summary", r.getSummary());
        m.put("type", r.getType().label());
        m.put("licence", r.getLicence().shortLabel());
        m.put("licenceId", r.getLicence().id());
        m.put("themes", r.getThemes().stream().map(Theme::label).toList());
        m.put("audiences", r.getAudiences().stream().map(Audience::label).toList());
        m.put("level", r.getTerritorialLevel().map(TerritorialLevel::label).orElse(""));
        m.put("producer", r.getProducerName() == null ? "" : r.getProducerName());
        m.put("readingTime", ReadingTime.label(ReadingTime.minutes(r.getSummary(), r.getBody())));
        m.put("status", r.status().label());
        m.put("published", r.isPublished());
        m.put("proposer", r.getProposerName() == null ? "" : r.getProposerName());
        m.put("publishedAt", FrenchDates.day(r.getPublishedAt()));
        m.put("publishedIso", FrenchDates.iso(r.getPublishedAt()));
        m.put("updatedAt", FrenchDates.day(r.getUpdatedAt()));
        m.put("updatedIso", FrenchDates.iso(r.getUpdatedAt()));
        return m;
    }
}
