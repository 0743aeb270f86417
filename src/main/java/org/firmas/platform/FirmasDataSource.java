package org.firmas.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource of the application. Its URL and account come from MicroProfile Config so the
 * same WAR runs on the embedded H2 default and on PostgreSQL; {@link ConfiguredDataSource} reads
 * them itself, since Payara would resolve ${MPCONFIG=...} values here once before the application's
 * configuration is visible, and log a warning for every key it could not find yet.
 * <p>
 * Every connection is opened with the same account, so the pool hands out any free one instead of
 * matching each against the caller's credentials, which Payara does by default for a pool declared
 * here (it copied and compared the pool's property maps at every checkout).
 */
@DataSourceDefinition(
        name = FirmasDataSource.JNDI_NAME,
        className = "org.firmas.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "fish.payara.match-connections=false"
        })
public final class FirmasDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/firmas";

    private FirmasDataSource() {
    }
}
