package fr.passerelle.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The build's test database (H2 file by default, PostgreSQL with -Ppostgres), reachable from tests so
 * that they can check what was, or was not, stored. Each integration-test run starts from an empty
 * schema ({@code it.db.reset=true}, set for failsafe only), so a schema left by an older build never
 * trips Flyway's checksums.
 */
public class TestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("it.db.reset")) {
            reset();
        }
    }

    public static String url() {
        String url = System.getProperty("it.db.url");
        if (url == null) {
            throw new IllegalStateException("system property it.db.url is not set (see the root pom)");
        }
        return url;
    }

    public static String user() {
        return System.getProperty("it.db.user", "sa");
    }

    public static String password() {
        return System.getProperty("it.db.password", "");
    }

    public static boolean isPostgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    /** SQL for the next value of a sequence, the one piece of syntax H2 and PostgreSQL spell differently. */
    public static String nextValue(String sequence) {
        return isPostgres() ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Runs a query that returns one number, e.g. a COUNT. */
    public static long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    public static int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + sql, e);
        }
    }

    public static void reset() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            if (isPostgres()) {
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public");
            } else {
                st.execute("DROP ALL OBJECTS");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database " + url(), e);
        }
    }
}
