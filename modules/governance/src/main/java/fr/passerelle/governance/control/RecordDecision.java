package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Adoption;
import fr.passerelle.governance.entity.AgendaItem;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Decision;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.MeetingStatus;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** The secretariat records a decision taken on an agenda item of a meeting; it gets the next number of the year. */
@ApplicationScoped
public class RecordDecision {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    static final int VOTES_MAX = 10_000;

    @Inject
    MeetingRepository meetings;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionNumbers numbers;

    @Inject
    SearchChanges search;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Decision record(Body body, Meeting meeting, DecisionDraft draft) {
        if (draft == null) {
            throw InvalidInput.of("corps", "un objet JSON décrivant la décision est attendu");
        }
        if (meeting.getStatus() == MeetingStatus.ANNULEE) {
            throw new Conflict("Cette réunion a été annulée : aucune décision ne peut y être rattachée.");
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        AgendaItem item = InputRules.id(draft.agendaItem()).flatMap(meetings::agendaItem)
                .filter(a -> a.getMeetingId().equals(meeting.getId())).orElse(null);
        if (item == null) {
            errors.add("agendaItem", "doit être l'identifiant d'un point de l'ordre du jour de cette réunion");
        }
        String title = TextFields.line(errors, "title", draft.title(), TITLE_MAX);
        String text = TextFields.text(errors, "text", draft.text(), TEXT_MAX);
        if (text.isEmpty() && errors.isEmpty()) {
            errors.add("text", "est obligatoire");
        }
        Adoption adoption = InputRules.term(errors, "adoption", draft.adoption(), Adoption.class, null);
        Integer votesFor = InputRules.number(errors, "votesFor", draft.votesFor(), 0, VOTES_MAX);
        Integer votesAgainst = InputRules.number(errors, "votesAgainst", draft.votesAgainst(), 0, VOTES_MAX);
        Integer abstentions = InputRules.number(errors, "abstentions", draft.abstentions(), 0, VOTES_MAX);
        if (adoption == Adoption.VOTE && (votesFor == null || votesAgainst == null)) {
            errors.add("votesFor", "un vote s'enregistre avec le nombre de voix pour (votesFor) et contre (votesAgainst)");
        }
        Readership visibility = InputRules.term(errors, "visibility", draft.visibility(), Readership.class,
                body.getDefaultVisibility());
        LocalDate first = ParisTime.dateOf(meeting.getStartsAt());
        LocalDate last = ParisTime.dateOf(meeting.getEndsAt());
        LocalDate decidedOn = draft.decidedOn() == null || draft.decidedOn().isBlank() ? first
                : InputRules.date(errors, "decidedOn", draft.decidedOn());
        // The year of the date numbers the decision: a date away from its meeting would file it in another year's
        // series (INP-2099-01 for a 2026 meeting).
        if (decidedOn != null && (decidedOn.isBefore(first) || decidedOn.isAfter(last))) {
            errors.add("decidedOn", "doit être le jour de la réunion (" + ParisTime.date(first)
                    + (last.equals(first) ? "" : " au " + ParisTime.date(last)) + ")");
        }
        errors.throwIfAny();

        DecisionNumbers.Allocated number = numbers.next(body, decidedOn.getYear());
        Decision decision = new Decision(body.getId(), meeting.getId(), item.getId(), number.year(), number.seq(),
                number.number(), decidedOn, ParisTime.now(clock));
        decision.describe(title, text, adoption, votesFor, votesAgainst, abstentions == null ? 0 : abstentions,
                visibility);
        decisions.add(decision);
        search.changed(DecisionIndexer.TYPE, decision.getId());
        return decision;
    }
}
