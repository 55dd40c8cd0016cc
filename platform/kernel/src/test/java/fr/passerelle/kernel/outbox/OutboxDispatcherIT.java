package fr.passerelle.kernel.outbox;

import fr.passerelle.testkit.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import fr.passerelle.testkit.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxDispatcherIT {

    static DataSource db;
    final MutableClock clock = new MutableClock();
    String topic;

    /** Records what it receives; fails on demand. */
    static final class Recorder implements OutboxConsumer {
        final String name;
        final String topic;
        final List<String> received = new ArrayList<>();
        int failuresLeft;

        Recorder(String name, String topic) {
            this.name = name;
            this.topic = topic;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public void consume(OutboxEvent event) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("serveur indisponible");
            }
            received.add(event.payload());
        }
    }

    @BeforeAll
    static void migrate() {
        db = KernelDatabase.migrated();
    }

    @BeforeEach
    void freshTopic() {
        topic = "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void append(String payload) throws Exception {
        try (Connection c = db.getConnection()) {
            long id;
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT " + TestDatabase.nextValue("kernel_outbox_seq"))) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO kernel_outbox_event (id, topic, payload, created_at) VALUES (?, ?, ?, ?)")) {
                st.setLong(1, id);
                st.setString(2, topic);
                st.setString(3, payload);
                st.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                st.executeUpdate();
            }
        }
    }

    private OutboxDispatcher dispatcher(OutboxConsumer consumer, String node) {
        return new OutboxDispatcher(db, List.of(consumer), new Leases(db, clock), node, clock);
    }

    @Test
    void deliversInOrderOnceAndSurvivesARestart() throws Exception {
        Recorder consumer = new Recorder("c-" + topic, topic);
        append("un");
        append("deux");
        assertEquals(2, dispatcher(consumer, "node-a").dispatchOnce());
        assertEquals(0, dispatcher(consumer, "node-a").dispatchOnce());
        append("trois");
        // A new dispatcher instance, as after a restart: it starts from what the database says.
        assertEquals(1, dispatcher(consumer, "node-a").dispatchOnce());
        assertEquals(List.of("un", "deux", "trois"), consumer.received);
    }

    @Test
    void aFailureIsRetriedWithBackOffAndLaterRowsWait() throws Exception {
        Recorder consumer = new Recorder("c-" + topic, topic);
        consumer.failuresLeft = 2;
        append("premier");
        append("second");
        OutboxDispatcher d = dispatcher(consumer, "node-a");

        assertEquals(0, d.dispatchOnce());
        assertEquals(0, d.dispatchOnce(), "backing off: nothing delivered before the retry time");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, d.dispatchOnce(), "second failure");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, d.dispatchOnce(), "back-off doubled to 2 s");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, d.dispatchOnce());
        assertEquals(List.of("premier", "second"), consumer.received);
        assertEquals(2, failuresRecorded(consumer.name));
    }

    @Test
    void anotherNodeDoesNotDeliverWhileTheLeaseIsHeld() throws Exception {
        Recorder onA = new Recorder("c-" + topic, topic);
        Recorder onB = new Recorder("c-" + topic, topic);
        append("un");
        assertEquals(1, dispatcher(onA, "node-a").dispatchOnce());
        append("deux");
        assertEquals(0, dispatcher(onB, "node-b").dispatchOnce());
        clock.advance(OutboxDispatcher.LEASE.plusSeconds(1));
        assertEquals(1, dispatcher(onB, "node-b").dispatchOnce(), "the lease passed on after node-a went silent");
        assertEquals(List.of("un"), onA.received);
        assertEquals(List.of("deux"), onB.received);
    }

    @Test
    void consumersOnlySeeTheirTopics() throws Exception {
        Recorder mine = new Recorder("c-" + topic, topic);
        Recorder other = new Recorder("o-" + topic, "autre-" + topic);
        append("pour moi");
        dispatcher(other, "node-a").dispatchOnce();
        dispatcher(mine, "node-a").dispatchOnce();
        assertEquals(List.of(), other.received);
        assertEquals(List.of("pour moi"), mine.received);
    }

    @Test
    void backOffGrowsAndIsCapped() {
        assertEquals(Duration.ofSeconds(1), OutboxDispatcher.backoff(1));
        assertEquals(Duration.ofSeconds(8), OutboxDispatcher.backoff(4));
        assertEquals(OutboxDispatcher.MAX_BACKOFF, OutboxDispatcher.backoff(40));
    }

    private long failuresRecorded(String consumer) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT MAX(failures) FROM kernel_outbox_delivery WHERE consumer = ?")) {
            st.setString(1, consumer);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
