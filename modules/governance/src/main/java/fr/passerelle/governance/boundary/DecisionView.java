package fr.passerelle.governance.boundary;

import fr.passerelle.governance.entity.Decision;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

@JsonbPropertyOrder({"id", "number", "title", "text", "adoption", "votes", "outcome", "visibility", "decidedOn",
        "meeting", "agendaItem", "url"})
public record DecisionView(long id, String number, String title, String text, String adoption, Votes votes,
                           String outcome, String visibility, LocalDate decidedOn, long meeting, long agendaItem,
                           String url) {

    @JsonbPropertyOrder({"for", "against", "abstentions"})
    public record Votes(@jakarta.json.bind.annotation.JsonbProperty("for") Integer votesFor,
                        @jakarta.json.bind.annotation.JsonbProperty("against") Integer against, Integer abstentions) {
    }

    public static DecisionView of(Decision d, String bodySlug) {
        Votes votes = d.getVotesFor() == null ? null : new Votes(d.getVotesFor(), d.getVotesAgainst(), d.getAbstentions());
        return new DecisionView(d.getId(), d.getNumber(), d.getTitle(), d.getText(), d.getAdoption().code(), votes,
                d.getOutcomeLabel(), d.getVisibility().code(), d.getDecidedOn(), d.getMeetingId(), d.getAgendaItemId(),
                "/gouvernance/" + bodySlug + "/decisions/" + d.getNumber());
    }
}
