package fr.passerelle.kernel.outbox;

/** Fired with each append; observed after commit to dispatch without waiting for the next poll. */
public record OutboxAppended(String topic) {
}
