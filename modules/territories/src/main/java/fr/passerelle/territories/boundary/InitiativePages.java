package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.attachments.Attachments;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.history.ChangeRecord;
import fr.passerelle.kernel.search.SimilarDocuments;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.kernel.web.View;
import fr.passerelle.territories.control.AttachFile;
import fr.passerelle.territories.control.CopyInitiative;
import fr.passerelle.territories.control.InitiativeAttachments;
import fr.passerelle.territories.control.InitiativeIndexer;
import fr.passerelle.territories.control.InitiativeJournal;
import fr.passerelle.territories.control.InitiativeRepository;
import fr.passerelle.territories.control.PublishInitiative;
import fr.passerelle.territories.control.TerritoryPolicy;
import fr.passerelle.territories.control.TerritoryRepository;
import fr.passerelle.territories.entity.Euros;
import fr.passerelle.territories.entity.FundingLine;
import fr.passerelle.territories.entity.Indicator;
import fr.passerelle.territories.entity.Initiative;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An initiative's page (the case record), its history, and the buttons of those who may act on it. */
@Path("initiatives")
@Produces(MediaType.TEXT_HTML)
public class InitiativePages {

    static final int SIMILAR = 4;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    TerritoryRepository territories;

    @Inject
    TerritoryPolicy policy;

    @Inject
    PublishInitiative publication;

    @Inject
    CopyInitiative copying;

    @Inject
    Attachments attachments;

    @Inject
    SimilarDocuments similar;

    @Inject
    AttachFile attachFile;

    @Inject
    ChangeHistory history;

    @GET
    @Path("{slug}")
    public Response show(@PathParam("slug") String slug) {
        Initiative i = visible(slug);
        Map<String, Object> view = card(i);
        view.put("problemHtml", Markdown.toHtml(i.getProblem()));
        view.put("actionsHtml", Markdown.toHtml(i.getActions()));
        view.put("whatWorkedHtml", Markdown.toHtml(i.getWhatWorked()));
        view.put("whatStuckHtml", Markdown.toHtml(i.getWhatStuck()));
        view.put("toSpreadHtml", Markdown.toHtml(i.getToSpread()));
        view.put("audiences", i.getAudiences().stream().map(Term::label).toList());
        view.put("partners", i.getPartners());
        view.put("funding", funding(i.getFunding()));
        view.put("fundingTotal", i.getFunding().isEmpty() ? "" : Euros.format(i.getFundingTotalCents()));
        view.put("indicators", indicators(i.getIndicators()));
        view.put("resources", i.getResources());
        view.put("attachments", attachments.ofOwner(InitiativeAttachments.owner(i)));
        view.put("licenceLabel", i.getLicence().label());
        view.put("licenceUrl", i.getLicence().url() == null ? "" : i.getLicence().url());
        view.put("copiedFrom", i.getCopiedFrom().orElse(null));
        boolean writer = policy.mayWrite(i.getTerritory());
        List<String> copyTargets = policy.mayCopy() && i.isPublished()
                ? policy.ownTerritories().stream().map(territories::bySlug).flatMap(java.util.Optional::stream)
                .map(t -> t.getSlug()).toList() : List.of();
        View page = View.of("territories/initiative.vm", i.getTitle())
                .with("initiative", view)
                .with("writer", writer)
                .with("mayUnpublish", i.isPublished() && policy.isNationalEditor())
                .with("copyTargets", copyTargets)
                .with("uploadAccept", Uploads.ACCEPT)
                .with("uploadHint", Uploads.HINT)
                .with("similar", i.isPublished()
                        ? similar.like(InitiativeIndexer.TYPE, String.valueOf(i.getId()), Set.of(InitiativeIndexer.TYPE), SIMILAR)
                        : List.of());
        return Response.ok(page).header("Cache-Control", writer || !i.isPublished() ? "private, no-store" : "no-cache").build();
    }

    @GET
    @Path("{slug}/historique")
    public View history(@PathParam("slug") String slug) {
        Initiative i = visible(slug);
        return View.of("territories/history.vm", "Historique — " + i.getTitle())
                .with("initiative", card(i))
                .with("records", history.of(InitiativeJournal.ENTITY, String.valueOf(i.getId())).stream()
                        .map(InitiativePages::record).toList());
    }

    @POST
    @Path("{slug}/publier")
    public Response publish(@PathParam("slug") String slug) {
        return back(publication.publish(slug));
    }

    @POST
    @Path("{slug}/depublier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(@PathParam("slug") String slug, @FormParam("motif") String reason) {
        return back(publication.unpublish(slug, reason == null || reason.isBlank() ? null : reason.strip()));
    }

    @POST
    @Path("{slug}/copier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@PathParam("slug") String slug, @FormParam("territoire") String territory) {
        Initiative copy = copying.copy(slug, territory == null ? "" : territory.strip());
        return Response.seeOther(URI.create(copy.getPath() + "/modifier")).build();
    }

    private static Map<String, Object> record(ChangeRecord r) {
        OffsetDateTime at = r.at().atZoneSameInstant(ZoneId.of("Europe/Paris")).toOffsetDateTime();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("when", at.toLocalDate() + " à " + at.toLocalTime().withNano(0).withSecond(0));
        m.put("action", r.action());
        m.put("actor", r.actorName() == null ? "" : r.actorName());
        m.put("comment", r.comment() == null ? "" : r.comment());
        m.put("fields", r.changes().stream().map(c -> InitiativeForm.label(c.field())).distinct().toList());
        return m;
    }

    @POST
    @Path("{slug}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("slug") String slug, List<EntityPart> parts) {
        attachFile.attach(slug, Uploads.file(parts));
        return Response.seeOther(URI.create("/initiatives/" + slug + "#documents")).build();
    }

    @POST
    @Path("{slug}/documents/{id}/retirer")
    public Response detach(@PathParam("slug") String slug, @PathParam("id") long id) {
        attachFile.remove(slug, id);
        return Response.seeOther(URI.create("/initiatives/" + slug + "#documents")).build();
    }

    private static Response back(Initiative i) {
        return Response.seeOther(URI.create(i.getPath())).build();
    }

    private Initiative visible(String slug) {
        return initiatives.bySlug(slug).filter(policy::mayRead)
                .orElseThrow(() -> new NotFoundException("Cette initiative n'existe pas ou n'est pas publiée."));
    }

    private static List<Map<String, String>> funding(List<FundingLine> lines) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (FundingLine l : lines) {
            rows.add(Map.of("source", l.getSource().label(), "label", l.getLabel(), "amount", Euros.format(l.getAmountCents())));
        }
        return rows;
    }

    private static List<Map<String, String>> indicators(List<Indicator> list) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Indicator k : list) {
            if (k.getKind() != null) {
                rows.add(Map.of("label", k.getKind().label(), "value", Numbers.format(k.getAmount()) + " " + k.getKind().unit(),
                        "date", k.getMeasuredOn().toString(), "source", k.getSource()));
            }
        }
        return rows;
    }

    static Map<String, Object> card(Initiative i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", i.getSlug());
        m.put("path", i.getPath());
        m.put("title", i.getTitle());
        m.put("summary", i.getSummary());
        m.put("status", i.getStatus().label());
        m.put("published", i.isPublished());
        m.put("territoryName", i.getTerritory().getName());
        m.put("territoryPath", i.getTerritory().getPath());
        m.put("themes", i.getThemes().stream().map(Term::label).toList());
        m.put("licence", i.getLicence().shortLabel());
        m.put("dates", dates(i));
        return m;
    }

    private static String dates(Initiative i) {
        if (i.getStartDate() == null && i.getEndDate() == null) {
            return "";
        }
        if (i.getEndDate() == null) {
            return "depuis le " + i.getStartDate();
        }
        return (i.getStartDate() == null ? "" : "du " + i.getStartDate() + " ") + "au " + i.getEndDate();
    }
}
