package fr.passerelle.kernel.outbox;

import fr.passerelle.kernel.persistence.ConfiguredDataSource;
import fr.passerelle.kernel.persistence.DatabaseSettings;
import fr.passerelle.kernel.persistence.Migrations;
import fr.passerelle.testkit.TestDatabase;
import java.util.List;
import javax.sql.DataSource;

/** The build's test database with the kernel's migrations applied, through the production data source class. */
final class KernelDatabase {

    private KernelDatabase() {
    }

    static DataSource migrated() {
        DataSource ds = new ConfiguredDataSource(new DatabaseSettings(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password()));
        Migrations.migrate(ds, List.of(), KernelDatabase.class.getClassLoader());
        return ds;
    }
}
