package fr.passerelle.kernel.persistence;

import fr.passerelle.kernel.config.Settings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class named by {@link Database}'s {@code @DataSourceDefinition}: the container pools
 * it, and it picks H2 or PostgreSQL from {@code PASSERELLE_DB_URL}. One class for both keeps the
 * choice of database a matter of configuration, not of build.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource target;

    public ConfiguredDataSource() {
        this(DatabaseSettings.fromEnvironment());
    }

    public ConfiguredDataSource(DatabaseSettings settings) {
        this.target = create(settings);
    }

    static DataSource create(DatabaseSettings settings) {
        if (settings.isPostgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(settings.url());
            pg.setUser(settings.user());
            pg.setPassword(settings.password());
            pg.setApplicationName("passerelle");
            return pg;
        }
        if (settings.isH2()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        throw new IllegalStateException("PASSERELLE_DB_URL doit désigner une base H2 (jdbc:h2:) ou PostgreSQL "
                + "(jdbc:postgresql:), reçu : " + settings.url());
    }

    // The pool sets these from the annotation; the settings come from the environment instead.
    public void setUrl(String ignored) {
    }

    public void setUser(String ignored) {
    }

    public void setPassword(String ignored) {
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("fr.passerelle.kernel.persistence");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
