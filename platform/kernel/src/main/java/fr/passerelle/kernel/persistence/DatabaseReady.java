package fr.passerelle.kernel.persistence;

/**
 * Fired, synchronously, once the schema is migrated and the content imported, before the outbox and
 * the jobs start and before readiness turns UP: what observes it (the search index catching up)
 * is done before the node takes traffic.
 */
public record DatabaseReady() {
}
