package fr.passerelle.kernel.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up is complete, the web application started, and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    StartupSequence startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("base-de-donnees");
        if (!startup.isReady()) {
            return response.down().withData("etat", "démarrage en cours").build();
        }
        if (!WebApplicationStarted.isStarted()) {
            return response.down().withData("etat", "application web en cours de démarrage").build();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).withData("base", c.getMetaData().getDatabaseProductName()).build();
        } catch (Exception e) {
            return response.down().withData("erreur", String.valueOf(e.getMessage())).build();
        }
    }
}
