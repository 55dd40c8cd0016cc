package fr.passerelle.governance.boundary;

import fr.passerelle.governance.control.ActionFollowUp;
import fr.passerelle.governance.control.BodyDirectory;
import fr.passerelle.governance.control.ChangeMeetingStatus;
import fr.passerelle.governance.control.CommentMinutes;
import fr.passerelle.governance.control.DecisionDraft;
import fr.passerelle.governance.control.DecisionRepository;
import fr.passerelle.governance.control.DraftAgenda;
import fr.passerelle.governance.control.GovernancePolicy;
import fr.passerelle.governance.control.MeetingDocuments;
import fr.passerelle.governance.control.MeetingRepository;
import fr.passerelle.governance.control.MinutesRepository;
import fr.passerelle.governance.control.MinutesWorkflow;
import fr.passerelle.governance.control.ParisTime;
import fr.passerelle.governance.control.RecordDecision;
import fr.passerelle.governance.control.TransitionRequest;
import fr.passerelle.governance.control.WriteMinutes;
import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.governance.entity.Minutes;
import fr.passerelle.governance.entity.MinutesComment;
import fr.passerelle.governance.entity.MinutesStatus;
import fr.passerelle.kernel.attachments.Uploads;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.kernel.web.PublicAddress;
import fr.passerelle.kernel.web.View;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A meeting's page: agenda with the follow-up of actions, decisions, documents, minutes and their review. */
@Path("gouvernance/{body}/reunions/{id}")
@Produces(MediaType.TEXT_HTML)
public class MeetingPages {

    @Inject
    GovernanceLookup lookup;

    @Inject
    GovernancePolicy policy;

    @Inject
    MeetingRepository meetings;

    @Inject
    MinutesRepository minutes;

    @Inject
    DecisionRepository decisions;

    @Inject
    MeetingAnswers answers;

    @Inject
    ActionFollowUp followUp;

    @Inject
    BodyDirectory directory;

    @Inject
    MeetingDocuments documents;

    @Inject
    WriteMinutes writing;

    @Inject
    MinutesWorkflow workflow;

    @Inject
    CommentMinutes commenting;

    @Inject
    DraftAgenda agenda;

    @Inject
    RecordDecision recording;

    @Inject
    ChangeMeetingStatus statuses;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    public View show(@PathParam("body") String slug, @PathParam("id") String id, @QueryParam("version") String version) {
        GovernanceLookup.MeetingOf found = lookup.meeting(slug, id);
        Body body = found.body();
        Meeting m = found.meeting();
        boolean reserved = policy.mayReadReserved(body);
        boolean secretariat = policy.isSecretariat(body);
        Map<String, Object> meeting = PageModels.meeting(m, slug);
        meeting.put("videoUrl", reserved ? m.getVideoUrl() : null);
        meeting.put("ends", ParisTime.dateTime(m.getEndsAt()));
        List<Map<String, Object>> open = m.getStatus() == MeetingStatus.PLANIFIEE
                ? followUp.open(body, reserved).stream().map(PageModels::action).toList() : List.of();
        List<Map<String, Object>> items = new ArrayList<>();
        for (AgendaItem i : meetings.agenda(m.getId())) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", i.getId());
            v.put("position", i.getPosition());
            v.put("title", i.getTitle());
            v.put("presenter", i.getPresenter());
            v.put("outcome", i.getOutcome().label());
            v.put("followUp", i.isFollowUp());
            v.put("actions", i.isFollowUp() ? open : List.of());
            v.put("notes", i.getNotes());
            items.add(v);
        }
        View view = View.of("governance/meeting.vm", m.getTitle())
                .with("body", body)
                .with("meeting", meeting)
                .with("agenda", items)
                .with("decisions", decisions.ofMeeting(m.getId()).stream()
                        .filter(d -> policy.mayRead(body, d.getVisibility())).map(d -> PageModels.decision(d, slug)).toList())
                .with("documents", policy.mayRead(body, m.getDocumentsVisibility()) ? documents.of(m) : List.of())
                .with("uploadHint", Uploads.HINT)
                .with("uploadAccept", Uploads.ACCEPT)
                .with("reserved", reserved)
                .with("secretariat", secretariat)
                .with("planned", m.getStatus() == MeetingStatus.PLANIFIEE)
                .with("attendance", reserved ? attendance(body, m) : List.of());
        Optional<Minutes> shown = version == null || version.isBlank() ? answers.readableMinutes(body, m)
                : parse(version).flatMap(n -> minutes.version(m.getId(), n)).filter(x -> answers.mayRead(body, x));
        if (version != null && !version.isBlank() && shown.isEmpty()) {
            throw new NotFoundException(GovernanceLookup.NOT_FOUND);
        }
        view.with("minutes", shown.map(x -> minutes(body, x, reserved)).orElse(null));
        view.with("canWrite", secretariat && minutes.current(m.getId()).map(Minutes::isEditable).orElse(true));
        view.with("draftText", secretariat ? minutes.current(m.getId()).map(Minutes::getText).orElse("") : "");
        view.with("nextStep", secretariat ? minutes.current(m.getId()).map(x -> x.getStatus().code()).orElse("") : "");
        var now = ParisTime.now(clock);
        view.with("laterMeetings", meetings.ofBody(body.getId()).stream()
                .filter(x -> MinutesWorkflow.mayApproveAt(body, m, x, now)).map(x -> PageModels.meeting(x, slug)).toList());
        return view;
    }

    private static Optional<Integer> parse(String version) {
        try {
            return Optional.of(Integer.parseInt(version.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Map<String, Object>> attendance(Body body, Meeting m) {
        Map<Long, Member> members = directory.members(body);
        return meetings.attendance(m.getId()).stream().map(a -> {
            Map<String, Object> v = new LinkedHashMap<>();
            Member who = members.get(a.getMemberId());
            v.put("name", who == null ? "" : who.getName());
            v.put("organisation", who == null ? "" : who.getOrganisation());
            v.put("status", a.getStatus().label() + (a.getRepresentedBy() == null ? "" : " par " + a.getRepresentedBy()));
            return v;
        }).toList();
    }

    private Map<String, Object> minutes(Body body, Minutes x, boolean reserved) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("version", x.getVersion());
        v.put("status", x.getStatus().label());
        v.put("statusCode", x.getStatus().code());
        v.put("visibility", x.getVisibility().label());
        v.put("inReview", x.getStatus() == MinutesStatus.EN_RELECTURE);
        v.put("reviewDeadline", ParisTime.date(x.getReviewDeadline()));
        v.put("published", x.isPublished() ? ParisTime.dateTime(x.getPublishedAt()) : null);
        v.put("erratumNote", x.getErratumNote());
        v.put("textHtml", Markdown.toHtml(x.getText()));
        List<Map<String, Object>> lines = new ArrayList<>();
        int n = 1;
        for (String line : x.getText().lines().toList()) {
            lines.add(Map.of("number", n++, "text", line));
        }
        v.put("lines", lines);
        v.put("transitions", minutes.transitions(x.getId()).stream().map(t -> Map.of("to", t.getTo().label(),
                "at", ParisTime.dateTime(t.getAt()), "by", t.getActorName(), "note", t.getNote())).toList());
        v.put("comments", reserved ? minutes.comments(x.getId()).stream().map(MeetingPages::comment).toList() : List.of());
        v.put("versions", minutes.versions(x.getMeetingId()).stream().filter(o -> answers.mayRead(body, o))
                .map(o -> Map.of("number", o.getVersion(), "status", o.getStatus().label(), "current",
                        o.getVersion() == x.getVersion())).toList());
        return v;
    }

    private static Map<String, Object> comment(MinutesComment c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.getId());
        v.put("line", c.getLine());
        v.put("replyTo", c.getReplyTo());
        v.put("author", c.getAuthorName());
        v.put("text", c.getText());
        v.put("at", ParisTime.dateTime(c.getCreatedAt()));
        return v;
    }

    private String pageUrl(GovernanceLookup.MeetingOf found) {
        String base = PublicAddress.of(uriInfo).toString();
        return base.substring(0, base.length() - 1) + found.meeting().path(found.body().getSlug());
    }

    private static Response back(GovernanceLookup.MeetingOf found, String anchor) {
        return Response.seeOther(URI.create(found.meeting().path(found.body().getSlug()) + "#" + anchor)).build();
    }

    @POST
    @Path("compte-rendu")
    @Transactional
    public Response write(@PathParam("body") String slug, @PathParam("id") String id, @FormParam("text") String text,
                          @FormParam("visibility") String visibility) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        writing.write(found.body(), found.meeting(), text, visibility, caller.subject(), caller.name());
        return back(found, "compte-rendu");
    }

    @POST
    @Path("compte-rendu/etape")
    @Transactional
    public Response move(@PathParam("body") String slug, @PathParam("id") String id, @FormParam("to") String to,
                         @FormParam("how") String how, @FormParam("meeting") String meeting,
                         @FormParam("reviewDeadline") String deadline, @FormParam("visibility") String visibility,
                         @FormParam("note") String note) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        workflow.move(found.body(), found.meeting(), new TransitionRequest(to, how, meeting, deadline, visibility, note),
                caller.subject(), caller.name(), pageUrl(found));
        return back(found, "compte-rendu");
    }

    @POST
    @Path("compte-rendu/commentaires")
    @Transactional
    public Response comment(@PathParam("body") String slug, @PathParam("id") String id, @FormParam("text") String text,
                            @FormParam("line") String line, @FormParam("replyTo") String replyTo) {
        caller.requireSignedIn();
        GovernanceLookup.MeetingOf found = lookup.meeting(slug, id);
        if (!policy.mayReadReserved(found.body())) {
            throw new NotFoundException(GovernanceLookup.NOT_FOUND);
        }
        Minutes m = minutes.current(found.meeting().getId())
                .orElseThrow(() -> new NotFoundException(GovernanceLookup.NOT_FOUND));
        Integer n = line == null || line.isBlank() ? null : parse(line).orElse(-1);
        commenting.comment(m, text, n, replyTo, policy.isSecretariat(found.body()), caller.subject(), caller.name());
        return back(found, "commentaires");
    }

    @POST
    @Path("ordre-du-jour")
    @Transactional
    public Response addItem(@PathParam("body") String slug, @PathParam("id") String id, @FormParam("title") String title,
                            @FormParam("presenter") String presenter, @FormParam("outcome") String outcome) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        agenda.add(found.meeting(), title, presenter, outcome);
        return back(found, "ordre-du-jour");
    }

    @POST
    @Path("decisions")
    @Transactional
    public Response decide(@PathParam("body") String slug, @PathParam("id") String id,
                           @FormParam("agendaItem") String item, @FormParam("title") String title,
                           @FormParam("text") String text, @FormParam("adoption") String adoption,
                           @FormParam("votesFor") String votesFor, @FormParam("votesAgainst") String votesAgainst,
                           @FormParam("abstentions") String abstentions, @FormParam("visibility") String visibility) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        recording.record(found.body(), found.meeting(), new DecisionDraft(item, title, text, adoption,
                FormNumbers.parse("votesFor", votesFor), FormNumbers.parse("votesAgainst", votesAgainst),
                FormNumbers.parse("abstentions", abstentions), visibility, null));
        return back(found, "decisions");
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response attach(@PathParam("body") String slug, @PathParam("id") String id, List<EntityPart> parts) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        documents.attach(found.meeting(), Uploads.file(parts));
        return back(found, "documents");
    }

    @POST
    @Path("documents/{file}/retirer")
    @Transactional
    public Response removeDocument(@PathParam("body") String slug, @PathParam("id") String id,
                                   @PathParam("file") String file) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        documents.remove(found.meeting(), file);
        return back(found, "documents");
    }

    @POST
    @Path("statut")
    @Transactional
    public Response status(@PathParam("body") String slug, @PathParam("id") String id,
                           @FormParam("status") String status) {
        GovernanceLookup.MeetingOf found = lookup.meetingForSecretariat(slug, id);
        statuses.change(found.body(), found.meeting(), status);
        return back(found, "contenu");
    }
}
