package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.history.ChangeHistory;
import fr.passerelle.kernel.history.ChangeRecord;
import fr.passerelle.kernel.web.View;
import fr.passerelle.resources.control.LinkRepository;
import fr.passerelle.resources.control.ReportRepository;
import fr.passerelle.resources.control.ReportResource;
import fr.passerelle.resources.control.ResourceIndexer;
import fr.passerelle.resources.control.ResourcePolicy;
import fr.passerelle.resources.control.ResourceRepository;
import fr.passerelle.resources.control.ReviewDecision;
import fr.passerelle.resources.control.ReviewResource;
import fr.passerelle.resources.entity.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The editors' pages: the review queue and decisions, a resource's history, readers' reports, broken links. */
@Path("ressources/moderation")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    @Inject
    ResourceRepository resources;

    @Inject
    ReviewResource review;

    @Inject
    ReportRepository reportQueue;

    @Inject
    ReportResource reports;

    @Inject
    LinkRepository links;

    @Inject
    ChangeHistory history;

    @Inject
    ResourcePolicy policy;

    @GET
    public View queue(@QueryParam("page") String page) {
        policy.checkMayReview();
        Paging paging = Paging.parse(page, null);
        long total = resources.countInReview();
        return View.of("resources/moderation.vm", "Propositions à relire")
                .with("items", resources.inReview(paging).stream().map(ResourceCards::card).toList())
                .with("total", total)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total))
                .with("openReports", reportQueue.countOpen())
                .with("brokenLinks", links.broken(1000).size());
    }

    @POST
    @Path("decision/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("slug") String slug, @FormParam("decision") String decision,
                           @FormParam("comment") String comment) {
        policy.checkMayReview();
        ReviewDecision d = ReviewDecision.fromCode(decision == null ? "" : decision)
                .orElseThrow(() -> InvalidInput.of("decision", "décision inconnue"));
        Resource r = review.decide(slug, d, comment);
        return Response.seeOther(URI.create(r.getPath() + "?message=" + Notices.DECIDED)).build();
    }

    @GET
    @Path("historique/{slug}")
    public View history(@PathParam("slug") String slug) {
        policy.checkMayReview();
        Resource r = policy.readable(resources.bySlug(slug));
        List<Map<String, Object>> entries = history.of(ResourceIndexer.TYPE, String.valueOf(r.getId())).stream()
                .map(ReviewPages::entry).toList();
        return View.of("resources/history.vm", "Historique de « " + r.getTitle() + " »")
                .with("resource", ResourceCards.card(r))
                .with("entries", entries);
    }

    private static Map<String, Object> entry(ChangeRecord c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", FrenchDates.minute(c.at()));
        m.put("iso", FrenchDates.iso(c.at()));
        m.put("actor", c.actorName());
        m.put("action", c.action());
        m.put("comment", c.comment());
        m.put("flagged", c.flagged());
        m.put("changes", c.changes().stream().map(f -> Map.of("field", f.field(),
                "before", abbreviate(f.before()), "after", abbreviate(f.after()))).toList());
        return m;
    }

    /** Long bodies are cut in the table; the API gives them whole. */
    static String abbreviate(String value) {
        if (value == null) {
            return "(vide)";
        }
        return value.length() > 300 ? value.substring(0, 300) + "…" : value;
    }

    @GET
    @Path("signalements")
    public View reports(@QueryParam("page") String page) {
        policy.checkMayReview();
        Paging paging = Paging.parse(page, null);
        long total = reportQueue.countOpen();
        List<Map<String, Object>> items = reportQueue.open(paging).stream().map(report -> {
            Map<String, Object> m = new LinkedHashMap<>();
            Resource r = resources.byId(report.getResourceId()).orElse(null);
            m.put("id", report.getId());
            m.put("resourceTitle", r == null ? "(ressource supprimée)" : r.getTitle());
            m.put("resourceUrl", r == null ? "/ressources" : r.getPath());
            m.put("reason", report.getReason().label());
            m.put("details", report.getDetails());
            m.put("reporter", report.getReporterName() == null ? "" : report.getReporterName());
            m.put("date", FrenchDates.minute(report.getCreatedAt()));
            m.put("iso", FrenchDates.iso(report.getCreatedAt()));
            return m;
        }).toList();
        return View.of("resources/reports.vm", "Signalements à traiter")
                .with("items", items)
                .with("total", total)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total));
    }

    @POST
    @Path("signalements/{id}/clore")
    public Response closeReport(@PathParam("id") String id) {
        policy.checkMayReview();
        try {
            reports.close(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Aucun signalement ne porte ce numéro.");
        }
        return Response.seeOther(URI.create("/ressources/moderation/signalements")).build();
    }

    @GET
    @Path("liens-casses")
    public View brokenLinks() {
        policy.checkMayReview();
        List<Map<String, Object>> items = links.broken(500).stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("resourceTitle", b.resource().getTitle());
            m.put("resourceUrl", b.resource().getPath());
            m.put("editUrl", b.resource().getPath() + "/modifier");
            m.put("url", b.link().getUrl());
            m.put("detail", b.link().getDetail());
            m.put("date", FrenchDates.minute(b.link().getCheckedAt()));
            m.put("iso", FrenchDates.iso(b.link().getCheckedAt()));
            return m;
        }).toList();
        return View.of("resources/broken-links.vm", "Liens inaccessibles").with("items", items);
    }
}
