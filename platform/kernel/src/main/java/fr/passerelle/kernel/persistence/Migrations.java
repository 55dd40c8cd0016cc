package fr.passerelle.kernel.persistence;

import java.util.ArrayList;
import java.util.List;
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
        for (String area : areas) {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + area)
                    .table("flyway_history_" + area.replace('-', '_'))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            applied += result.migrationsExecuted;
            LOG.info(() -> "Migrations " + area + " : " + result.migrationsExecuted + " appliquée(s), version "
                    + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
        }
        return applied;
    }
}
