package fr.passerelle.kernel.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands undelivered outbox rows to their consumers. Plain JDBC on purpose: it runs outside any
 * business transaction, each delivery is recorded in its own short transaction, and it can be
 * exercised against a real database without a container.
 *
 * <p>Delivery is at least once: a crash between a consumer's success and the recording of it hands
 * the same row again after restart, so consumers write idempotently (mail files are named by row id).
 */
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    private static final int BATCH = 50;

    private final DataSource dataSource;
    private final List<OutboxConsumer> consumers;
    private final Leases leases;
    private final String node;
    private final Clock clock;

    public OutboxDispatcher(DataSource dataSource, List<OutboxConsumer> consumers, Leases leases, String node,
                            Clock clock) {
        this.dataSource = dataSource;
        this.consumers = List.copyOf(consumers);
        this.leases = leases;
        this.node = node;
        this.clock = clock;
    }

    /** One pass over every consumer. @return rows delivered in this pass */
    public int dispatchOnce() {
        int delivered = 0;
        for (OutboxConsumer consumer : consumers) {
            if (consumer.topics().isEmpty() || !leases.hold("outbox:" + consumer.name(), node, LEASE)) {
                continue;
            }
            try {
                delivered += dispatch(consumer);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Outbox : lecture impossible pour " + consumer.name(), e);
            }
        }
        return delivered;
    }

    private int dispatch(OutboxConsumer consumer) throws SQLException {
        int delivered = 0;
        for (Pending pending : pending(consumer)) {
            OffsetDateTime now = now();
            if (pending.nextAttemptAt != null && pending.nextAttemptAt.isAfter(now)) {
                return delivered; // the head of the queue is backing off: later rows wait, order holds
            }
            try {
                consumer.consume(pending.event);
            } catch (Exception e) {
                int failures = pending.failures + 1;
                Duration backoff = backoff(failures);
                recordFailure(consumer, pending.event.id(), failures, now.plus(backoff), e);
                LOG.log(Level.WARNING, "Outbox : échec n°" + failures + " de " + consumer.name() + " sur l'événement "
                        + pending.event.id() + " (" + pending.event.topic() + "), nouvel essai dans " + backoff, e);
                return delivered;
            }
            recordSuccess(consumer, pending.event.id(), pending.failures > 0 || pending.nextAttemptAt != null);
            delivered++;
        }
        return delivered;
    }

    static Duration backoff(int failures) {
        long seconds = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration d = Duration.ofSeconds(seconds);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private List<Pending> pending(OutboxConsumer consumer) throws SQLException {
        List<String> topics = new ArrayList<>(consumer.topics());
        String marks = String.join(", ", Collections.nCopies(topics.size(), "?"));
        String sql = "SELECT e.id, e.topic, e.payload, e.created_at, d.failures, d.next_attempt_at "
                + "FROM kernel_outbox_event e LEFT JOIN kernel_outbox_delivery d "
                + "ON d.event_id = e.id AND d.consumer = ? "
                + "WHERE e.topic IN (" + marks + ") AND d.delivered_at IS NULL ORDER BY e.id LIMIT " + BATCH;
        List<Pending> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, consumer.name());
            for (int i = 0; i < topics.size(); i++) {
                st.setString(i + 2, topics.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    OutboxEvent event = new OutboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class));
                    result.add(new Pending(event, rs.getInt(5), rs.getObject(6, OffsetDateTime.class)));
                }
            }
        }
        return result;
    }

    private void recordSuccess(OutboxConsumer consumer, long eventId, boolean rowExists) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (rowExists) {
                try (PreparedStatement st = c.prepareStatement("UPDATE kernel_outbox_delivery "
                        + "SET delivered_at = ?, next_attempt_at = NULL WHERE consumer = ? AND event_id = ?")) {
                    st.setObject(1, now());
                    st.setString(2, consumer.name());
                    st.setLong(3, eventId);
                    st.executeUpdate();
                }
            } else {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO kernel_outbox_delivery "
                        + "(consumer, event_id, delivered_at, failures) VALUES (?, ?, ?, 0)")) {
                    st.setString(1, consumer.name());
                    st.setLong(2, eventId);
                    st.setObject(3, now());
                    st.executeUpdate();
                }
            }
        }
    }

    private void recordFailure(OutboxConsumer consumer, long eventId, int failures, OffsetDateTime next,
                               Exception error) throws SQLException {
        String message = String.valueOf(error);
        if (message.length() > 2000) {
            message = message.substring(0, 2000);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            int updated;
            try (PreparedStatement st = c.prepareStatement("UPDATE kernel_outbox_delivery "
                    + "SET failures = ?, next_attempt_at = ?, last_error = ? WHERE consumer = ? AND event_id = ?")) {
                st.setInt(1, failures);
                st.setObject(2, next);
                st.setString(3, message);
                st.setString(4, consumer.name());
                st.setLong(5, eventId);
                updated = st.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO kernel_outbox_delivery "
                        + "(consumer, event_id, failures, next_attempt_at, last_error) VALUES (?, ?, ?, ?, ?)")) {
                    st.setString(1, consumer.name());
                    st.setLong(2, eventId);
                    st.setInt(3, failures);
                    st.setObject(4, next);
                    st.setString(5, message);
                    st.executeUpdate();
                }
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private record Pending(OutboxEvent event, int failures, OffsetDateTime nextAttemptAt) {
    }
}
