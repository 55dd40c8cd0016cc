package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.BodyRepository;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MeetingDraft;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.control.ScheduleMeeting;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The governance home and each body's public page (composition, meetings, public decisions, published minutes). */
@Path("gouvernance")
@Produces(MediaType.TEXT_HTML)
public class GovernancePages {

    @Inject
    BodyRepository bodies;

    @Inject
    BodyDirectory directory;

    @Inject
    MeetingRepository meetings;

    @Inject
    DecisionRepository decisions;

    @Inject
    MeetingAnswers answers;

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    ScheduleMeeting scheduling;

    @Inject
    Clock clock;

    @GET
    public View list() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Body b : bodies.all()) {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("slug", b.getSlug());
            card.put("name", b.getName());
            card.put("purposeHtml", Markdown.toHtml(b.getPurpose()));
            card.put("memberCount", bodies.memberCount(b.getId()));
            items.add(card);
        }
        return View.of("governance/bodies.vm", "Gouvernance").with("bodies", items);
    }

    @GET
    @Path("{body}")
    public View body(@PathParam("body") String slug) {
        Body body = lookup.body(slug);
        boolean reserved = policy.mayReadReserved(body);
        List<Map<String, Object>> colleges = new ArrayList<>();
        var today = ParisTime.today(clock);
        directory.composition(body).forEach((College c, List<Member> seated) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("label", c.getLabel());
            group.put("members", seated.stream().map(m -> member(m, today)).toList());
            colleges.add(group);
        });
        OffsetDateTime now = ParisTime.now(clock);
        List<Meeting> all = meetings.ofBody(body.getId());
        List<Map<String, Object>> upcoming = all.stream()
                .filter(m -> m.getStatus() == MeetingStatus.PLANIFIEE && m.getEndsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(Meeting::getStartsAt))
                .map(m -> PageModels.meeting(m, slug)).toList();
        List<Map<String, Object>> past = all.stream()
                .filter(m -> !(m.getStatus() == MeetingStatus.PLANIFIEE && m.getEndsAt().isAfter(now)))
                .map(m -> {
                    Map<String, Object> v = PageModels.meeting(m, slug);
                    v.put("minutes", answers.readableMinutes(body, m).map(x -> x.getStatus().label()).orElse(null));
                    return v;
                }).toList();
        List<Map<String, Object>> decided = decisions.register(body.getId(), reserved, null, null, Paging.parse("1", "10"))
                .stream().map(d -> PageModels.decision(d, slug)).toList();
        return View.of("governance/body.vm", body.getName())
                .with("body", body)
                .with("purposeHtml", Markdown.toHtml(body.getPurpose()))
                .with("colleges", colleges)
                .with("upcoming", upcoming)
                .with("past", past)
                .with("decisions", decided)
                .with("reserved", reserved)
                .with("secretariat", policy.isSecretariat(body));
    }

    private static Map<String, Object> member(Member m, java.time.LocalDate today) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", m.getName());
        v.put("organisation", m.getOrganisation());
        v.put("role", m.getRole().label());
        v.put("mandate", "depuis le " + ParisTime.date(m.getMandateStart())
                + (m.getMandateEnd() == null ? "" : (m.sitsOn(today) ? " jusqu'au " : ", terminé le ")
                + ParisTime.date(m.getMandateEnd())));
        v.put("sitting", m.sitsOn(today));
        v.put("illustrative", m.isIllustrative());
        return v;
    }

    @POST
    @Path("{body}/reunions")
    @Transactional
    public Response schedule(@PathParam("body") String slug, @FormParam("title") String title,
                             @FormParam("startsAt") String startsAt, @FormParam("endsAt") String endsAt,
                             @FormParam("location") String location, @FormParam("videoUrl") String videoUrl,
                             @FormParam("documentsVisibility") String documents) {
        Body body = lookup.body(slug);
        policy.requireSecretariat(body);
        Meeting m = scheduling.schedule(body, null, MeetingDraft.check(title, startsAt, endsAt, location, videoUrl,
                documents, body.getDefaultVisibility()));
        return Response.seeOther(URI.create(m.path(slug))).build();
    }
}
