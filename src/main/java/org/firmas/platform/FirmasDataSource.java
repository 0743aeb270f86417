package org.firmas.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource of the application. Every value comes from MicroProfile Config so the same
 * WAR runs on the embedded H2 default and on PostgreSQL; the driver class follows the URL
 * ({@link DatabaseKindConfigSource}).
 */
@DataSourceDefinition(
        name = FirmasDataSource.JNDI_NAME,
        className = "${MPCONFIG=firmas.db.datasource-class}",
        url = "${MPCONFIG=firmas.db.url}",
        user = "${MPCONFIG=firmas.db.user}",
        password = "${MPCONFIG=firmas.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true"
        })
public final class FirmasDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/firmas";

    private FirmasDataSource() {
    }
}
