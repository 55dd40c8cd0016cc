package fr.passerelle.kernel.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Database leases: a named right held by one node until it expires. The row update is conditional, so
 * whichever node's update lands first wins and the others see zero rows changed.
 */
public class Leases {

    private final DataSource dataSource;
    private final Clock clock;

    public Leases(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Takes or renews a lease that its holder keeps while alive (a dispatcher's leadership).
     * @return true when {@code holder} holds {@code name} for {@code ttl} from now
     */
    public boolean hold(String name, String holder, Duration ttl) {
        return acquire(name, holder, ttl, true);
    }

    /**
     * Claims one period of a job: succeeds only when nobody, this holder included, holds the lease,
     * so that across all nodes the job runs once per period.
     */
    public boolean claimPeriod(String name, String holder, Duration period) {
        return acquire(name, holder, period, false);
    }

    /** Gives a lease back early, e.g. when a node stops. */
    public void release(String name, String holder) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("DELETE FROM kernel_lease WHERE name = ? AND holder = ?")) {
            st.setString(1, name);
            st.setString(2, holder);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("impossible de libérer le bail " + name, e);
        }
    }

    private boolean acquire(String name, String holder, Duration ttl, boolean renewable) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime until = now.plus(ttl);
        String sql = renewable
                ? "UPDATE kernel_lease SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)"
                : "UPDATE kernel_lease SET holder = ?, expires_at = ? WHERE name = ? AND expires_at < ?";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, holder);
                st.setObject(2, until);
                st.setString(3, name);
                if (renewable) {
                    st.setString(4, holder);
                    st.setObject(5, now);
                } else {
                    st.setObject(4, now);
                }
                if (st.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO kernel_lease (name, holder, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, holder);
                insert.setObject(3, until);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("impossible de prendre le bail " + name, e);
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
