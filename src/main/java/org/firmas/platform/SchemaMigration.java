package org.firmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. On the embedded
 * default it first closes the data folder to other users, before H2 creates its files there.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DataFolder dataFolder;

    @Inject
    @Readiness
    SchemaReadiness readiness;

    @PostConstruct
    void migrate() {
        if (dataFolder.holdsTheDatabase()) {
            dataFolder.ownerOnly();
        }
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load()
                .migrate();
        readiness.migrated();
    }

    /** A few statements (partial indexes, row locking) are written per database. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return Database.isPostgresql(connection) ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
