package org.firmas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database we run on, for the few statements whose best form differs between them. */
@ApplicationScoped
public class Database {

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    private boolean postgresql;

    @PostConstruct
    void detect() {
        try (Connection connection = dataSource.getConnection()) {
            postgresql = isPostgresql(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    public boolean isPostgresql() {
        return postgresql;
    }
}
