package fr.passerelle.kernel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends an event in the caller's transaction: it becomes visible to consumers only if that
 * transaction commits, so a rolled-back change sends nothing and a committed one is never forgotten.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    Event<OutboxAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String topic, String payload) {
        if (topic == null || topic.isBlank() || topic.length() > 100) {
            throw new IllegalArgumentException("outbox topic must be 1 to 100 characters");
        }
        OutboxRecord record = new OutboxRecord(topic, payload, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(record);
        em.flush();
        appended.fire(new OutboxAppended(topic));
        return record.getId();
    }
}
