package fr.passerelle.kernel.persistence;

import fr.passerelle.kernel.content.ContentImport;
import fr.passerelle.kernel.jobs.JobScheduler;
import fr.passerelle.kernel.module.Modules;
import fr.passerelle.kernel.outbox.OutboxWorker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What happens between deployment and the first request: schema migrations, content import, what
 * observes {@link DatabaseReady} (the search index), then the outbox and the scheduled jobs. Readiness stays DOWN until all of it is done.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Modules modules;

    @Inject
    ContentImport contentImport;

    @Inject
    OutboxWorker outbox;

    @Inject
    Event<DatabaseReady> databaseReady;

    @Inject
    JobScheduler jobs;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        long begin = System.nanoTime();
        LOG.info(() -> "Passerelle : base " + DatabaseSettings.fromEnvironment().describe() + " (" + product() + ")");
        LOG.info(() -> "Passerelle : modules " + modules.ids());
        Migrations.migrate(dataSource, modules.ids(), Thread.currentThread().getContextClassLoader());
        contentImport.importAll();
        databaseReady.fire(new DatabaseReady());
        outbox.start();
        jobs.start();
        ready = true;
        LOG.info(() -> "Passerelle prête en " + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    public boolean isReady() {
        return ready;
    }

    private String product() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "inaccessible : " + e.getMessage();
        }
    }
}
