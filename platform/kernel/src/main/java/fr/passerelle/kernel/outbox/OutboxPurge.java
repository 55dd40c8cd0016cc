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
import java.util.List;
import javax.sql.DataSource;

/**
 * Deletes outbox events older than the retention once every consumer of their topic has them delivered.
 * An event still pending or failing for any consumer stays, however old: nothing is dropped unseen.
 */
public class OutboxPurge {

    private final DataSource dataSource;
    private final List<OutboxConsumer> consumers;
    private final Clock clock;
    private final Duration retention;

    public OutboxPurge(DataSource dataSource, List<OutboxConsumer> consumers, Clock clock, Duration retention) {
        this.dataSource = dataSource;
        this.consumers = List.copyOf(consumers);
        this.clock = clock;
        this.retention = retention;
    }

    /** @return the number of events deleted */
    public int purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(retention);
        int deleted = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (String topic : oldTopics(c, cutoff)) {
                List<String> readers = consumers.stream().filter(k -> k.topics().contains(topic))
                        .map(OutboxConsumer::name).toList();
                StringBuilder sql = new StringBuilder(
                        "DELETE FROM kernel_outbox_event e WHERE e.topic = ? AND e.created_at < ?");
                for (int i = 0; i < readers.size(); i++) {
                    sql.append(" AND EXISTS (SELECT 1 FROM kernel_outbox_delivery d WHERE d.event_id = e.id "
                            + "AND d.consumer = ? AND d.delivered_at IS NOT NULL)");
                }
                try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                    st.setString(1, topic);
                    st.setObject(2, cutoff);
                    for (int i = 0; i < readers.size(); i++) {
                        st.setString(i + 3, readers.get(i));
                    }
                    deleted += st.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("purge de l'outbox impossible", e);
        }
        return deleted;
    }

    private static List<String> oldTopics(Connection c, OffsetDateTime cutoff) throws SQLException {
        List<String> topics = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT DISTINCT topic FROM kernel_outbox_event WHERE created_at < ?")) {
            st.setObject(1, cutoff);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    topics.add(rs.getString(1));
                }
            }
        }
        return topics;
    }
}
