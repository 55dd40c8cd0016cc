package fr.passerelle.governance.control;

/**
 * What a client sends to record a decision: the agenda item it was taken on (id), a title and a text, and how it
 * was adopted ({@code consensus}, or {@code vote} with the counts).
 */
public record DecisionDraft(String agendaItem, String title, String text, String adoption, Integer votesFor,
                            Integer votesAgainst, Integer abstentions, String visibility, String decidedOn) {
}
