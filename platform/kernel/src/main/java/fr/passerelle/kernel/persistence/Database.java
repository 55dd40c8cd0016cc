package fr.passerelle.kernel.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/** Declares the one application data source; the persistence unit and Flyway both use it. */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "fr.passerelle.kernel.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/passerelle";

    private Database() {
    }
}
