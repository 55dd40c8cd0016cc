package fr.passerelle.kernel.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs Flyway once per area: the kernel first, then each module, each with its own folder
 * ({@code db/migration/<id>}) and its own history table, so that modules number their scripts
 * independently and a new module never renumbers another's.
 */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    public static final String KERNEL = "kernel";

    private Migrations() {
    }

    /** @return the number of scripts applied, all areas together */
    public static int migrate(DataSource dataSource, List<String> moduleIds, ClassLoader classLoader) {
        List<String> areas = new ArrayList<>();
        areas.add(KERNEL);
        areas.addAll(moduleIds);
        int applied = 0;
        Map<String, String> placeholders = largeObjectTypes(dataSource);
        for (String area : areas) {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + area)
                    .table("flyway_history_" + area.replace('-', '_'))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(false)
                    .placeholders(placeholders)
                    .load()
                    .migrate();
            applied += result.migrationsExecuted;
            LOG.info(() -> "Migrations " + area + " : " + result.migrationsExecuted + " appliquée(s), version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        }
        return applied;
    }

    /**
     * The one difference of column types between the two databases, as placeholders for scripts: large values
     * are {@code ${blob}}/{@code ${clob}}, BLOB/CLOB on H2 (kept apart from the row, streamed) and BYTEA/TEXT on
     * PostgreSQL, which has no BLOB type and TOASTs large values by itself.
     */
    static Map<String, String> largeObjectTypes(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            return Map.of("blob", postgres ? "BYTEA" : "BLOB", "clob", postgres ? "TEXT" : "CLOB");
        } catch (SQLException e) {
            throw new IllegalStateException("base de données inaccessible pour les migrations", e);
        }
    }
}
