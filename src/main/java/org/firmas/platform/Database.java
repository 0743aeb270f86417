package org.firmas.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which database a connection leads to, for the few statements written per database. */
final class Database {

    private Database() {
    }

    static boolean isPostgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
