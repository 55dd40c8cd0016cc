package fr.passerelle.governance.control;

/**
 * A step of the minutes workflow: {@code to} is {@code review}, {@code approved} or {@code published}. Opening the
 * review may set {@code reviewDeadline} (AAAA-MM-JJ, two weeks by default); approving says {@code how}:
 * {@code meeting} (at a later meeting of the body, given in {@code meeting}) or {@code deadline} (by the secretariat
 * once the review deadline has passed); publishing may set {@code visibility}.
 */
public record TransitionRequest(String to, String how, String meeting, String reviewDeadline, String visibility,
                                String note) {
}
