package fr.passerelle.kernel.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelle.testkit.TestDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutboxPurgeIT {

    static DataSource db;

    @BeforeAll
    static void migrate() {
        db = KernelDatabase.migrated();
    }

    record Consumer(String name, String topic) implements OutboxConsumer {
        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public void consume(OutboxEvent event) {
        }
    }

    private static long event(String topic, OffsetDateTime at) {
        long id = TestDatabase.count("SELECT " + TestDatabase.nextValue("kernel_outbox_seq"));
        TestDatabase.update("INSERT INTO kernel_outbox_event (id, topic, payload, created_at) VALUES (?, ?, '{}', ?)",
                id, topic, at);
        return id;
    }

    private static void delivered(String consumer, long event) {
        TestDatabase.update("INSERT INTO kernel_outbox_delivery (consumer, event_id, delivered_at, failures) "
                + "VALUES (?, ?, ?, 0)", consumer, event, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static boolean exists(long event) {
        return TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_event WHERE id = ?", event) == 1;
    }

    @Test
    void removesOnlyOldEventsThatEveryConsumerOfTheirTopicReceived() {
        String topic = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        String orphanTopic = topic + "-sans-lecteur";
        Consumer mail = new Consumer("mail-" + topic, topic);
        Consumer audit = new Consumer("audit-" + topic, topic);
        OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusDays(30);
        OffsetDateTime recent = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);

        long doneByAll = event(topic, old);
        delivered(mail.name(), doneByAll);
        delivered(audit.name(), doneByAll);
        long doneByOne = event(topic, old);
        delivered(mail.name(), doneByOne);
        long failing = event(topic, old);
        TestDatabase.update("INSERT INTO kernel_outbox_delivery (consumer, event_id, failures, next_attempt_at, last_error) "
                + "VALUES (?, ?, 3, ?, 'panne')", mail.name(), failing, recent);
        long recentDone = event(topic, recent);
        delivered(mail.name(), recentDone);
        delivered(audit.name(), recentDone);
        long orphan = event(orphanTopic, old);

        int deleted = new OutboxPurge(db, List.of(mail, audit), java.time.Clock.systemUTC(), Duration.ofDays(14)).purge();

        assertEquals(false, exists(doneByAll));
        assertEquals(true, exists(doneByOne), "the audit consumer has not received it yet");
        assertEquals(true, exists(failing), "a failing delivery keeps its event");
        assertEquals(true, exists(recentDone), "within the retention");
        assertEquals(false, exists(orphan), "no consumer reads that topic");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM kernel_outbox_delivery WHERE event_id = ?", doneByAll));
        assertEquals(2, deleted);
    }
}
