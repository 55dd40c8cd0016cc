package fr.passerelle.kernel.outbox;

import java.util.Set;

/**
 * Receives committed outbox rows of its topics, in id order, once across all nodes (the dispatcher
 * holds a database lease per consumer). A consumer that throws gets the same row again later, with
 * back-off; rows after it wait, so order holds.
 */
public interface OutboxConsumer {

    /** Stable name, stored with each delivery; lowercase with hyphens. */
    String name();

    Set<String> topics();

    void consume(OutboxEvent event) throws Exception;
}
