package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.territories.entity.Euros;
import fr.passerelle.territories.entity.FundingLine;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Partner;
import fr.passerelle.territories.entity.Territory;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** An initiative as the API shows it: the draft's field names, with labels next to codes. */
final class InitiativeJson {

    private InitiativeJson() {
    }

    static JsonObject of(Initiative i, List<StoredFile> files) {
        Territory t = i.getTerritory();
        JsonArrayBuilder partners = JsonParts.array();
        for (Partner p : i.getPartners()) {
            partners.add(JsonParts.object().add("name", p.getName()).add("role", p.getRole()));
        }
        JsonArrayBuilder funding = JsonParts.array();
        for (FundingLine f : i.getFunding()) {
            funding.add(JsonParts.object().add("source", JsonParts.term(f.getSource())).add("label", f.getLabel())
                    .add("amount", Euros.decimal(f.getAmountCents())));
        }
        JsonArrayBuilder indicators = JsonParts.array();
        for (Indicator k : i.getIndicators()) {
            JsonObjectBuilder b = JsonParts.object();
            if (k.getKind() != null) {
                b.add("kind", k.getKind().code()).add("label", k.getKind().label()).add("unit", k.getKind().unit());
            }
            indicators.add(b.add("value", k.getAmount()).add("date", k.getMeasuredOn().toString())
                    .add("source", k.getSource()));
        }
        JsonArrayBuilder resources = JsonParts.array();
        i.getResources().forEach(slug -> resources.add(JsonParts.object().add("slug", slug).add("url", "/ressources/" + slug)));
        JsonArrayBuilder attachments = JsonParts.array();
        for (StoredFile f : files) {
            attachments.add(JsonParts.object().add("id", f.id()).add("filename", f.filename()).add("url", f.url()).add("size", f.size()));
        }
        JsonObjectBuilder b = JsonParts.object()
                .add("id", i.getId())
                .add("slug", i.getSlug())
                .add("title", i.getTitle())
                .add("summary", i.getSummary())
                .add("territory", JsonParts.object().add("slug", t.getSlug()).add("name", t.getName()).add("url", t.getPath()))
                .add("status", JsonParts.term(i.getStatus()));
        JsonParts.add(b, "startDate", i.getStartDate());
        JsonParts.add(b, "endDate", i.getEndDate());
        b.add("themes", JsonParts.terms(i.getThemes()))
                .add("audiences", JsonParts.terms(i.getAudiences()))
                .add("problem", i.getProblem())
                .add("actions", i.getActions())
                .add("whatWorked", i.getWhatWorked())
                .add("whatStuck", i.getWhatStuck())
                .add("toSpread", i.getToSpread())
                .add("licence", JsonParts.object().add("id", i.getLicence().id()).add("label", i.getLicence().label()))
                .add("partners", partners)
                .add("funding", funding)
                .add("fundingTotal", Euros.decimal(i.getFundingTotalCents()))
                .add("indicators", indicators)
                .add("resources", resources)
                .add("attachments", attachments);
        i.getCopiedFrom().ifPresentOrElse(a -> b.add("copiedFrom", JsonParts.object().add("slug", a.getSlug())
                .add("title", a.getTitle()).add("territory", a.getOwner()).add("licence", a.getLicence().id())
                .add("url", a.getPath())), () -> b.addNull("copiedFrom"));
        b.add("publication", i.getPublication()).add("url", i.getPath());
        JsonParts.add(b, "publishedAt", i.getPublishedAt());
        return b.add("updatedAt", i.getUpdatedAt().toString()).build();
    }
}
