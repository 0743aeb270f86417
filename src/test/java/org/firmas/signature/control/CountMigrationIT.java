package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A database that already holds signatures when it is upgraded to the counts kept by triggers
 * must start from what it holds: the migration seeds the sums from the rows, and the triggers
 * carry on from there. Runs on a database of its own beside the test database.
 */
class CountMigrationIT {

    private static final String URL = TestDatabase.urlOf("firmas_count_migration");

    @Test
    void anUpgradedDatabaseCountsTheSignaturesItHeld() throws SQLException {
        TestDatabase.recreate(URL);
        try {
            TestDatabase.migrate(URL, "8");
            try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO campaign (id, slug, source, created_at) VALUES "
                        + "(1, 'first', 'FILE', now()), (2, 'second', 'FILE', now())");
                sql.executeUpdate("INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip,"
                        + " language, status, created_at) SELECT i, CASE WHEN i <= 5 THEN 1 ELSE 2 END, 'held-' || i, 'x',"
                        + " 'Ana', 'Ruiz', '19148', 'es', CASE WHEN i IN (4, 5) THEN 'PENDING' ELSE 'CONFIRMED' END, now()"
                        + " FROM generate_series(1, 9) AS i");

                TestDatabase.migrate(URL, null);

                assertEquals(Map.of(1L, 3L, 2L, 4L), sums(sql), "seeded from the rows");
                sql.executeUpdate("UPDATE signature SET status = 'CONFIRMED' WHERE id = 4");
                assertEquals(Map.of(1L, 4L, 2L, 4L), sums(sql), "kept by the triggers afterwards");
            }
        } finally {
            TestDatabase.drop(URL);
        }
    }

    private static Map<Long, Long> sums(Statement sql) throws SQLException {
        Map<Long, Long> sums = new HashMap<>();
        try (ResultSet rows = sql.executeQuery(CountLedger.SUM)) {
            while (rows.next()) {
                sums.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return sums;
    }
}
