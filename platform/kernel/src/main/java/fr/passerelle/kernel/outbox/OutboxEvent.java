package fr.passerelle.kernel.outbox;

import java.time.OffsetDateTime;

/** An outbox row as handed to a consumer. */
public record OutboxEvent(long id, String topic, String payload, OffsetDateTime createdAt) {
}
