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
 * (per campaign, then per area) must start from what it holds: the migration seeds the sums from
 * the rows, and the triggers carry on from there. Runs on a database of its own beside the test
 * database.
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

    @Test
    void anUpgradedDatabaseCountsTheSignaturesItHeldByArea() throws SQLException {
        TestDatabase.recreate(URL);
        try {
            TestDatabase.migrate(URL, "37");
            try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO campaign (id, slug, source, created_at) VALUES (1, 'first', 'FILE', now())");
                sql.executeUpdate("INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, area,"
                        + " language, status, created_at) SELECT i, 1, 'held-' || i, 'x', 'Ana', 'Ruiz', '19148',"
                        + " CASE WHEN i <= 4 THEN 'Berks' WHEN i <= 7 THEN 'Bucks' END, 'es',"
                        + " CASE WHEN i = 4 THEN 'PENDING' ELSE 'CONFIRMED' END, now() FROM generate_series(1, 9) AS i");

                TestDatabase.migrate(URL, null);

                assertEquals(Map.of("Berks", 3L, "Bucks", 3L), areaSums(sql), "seeded from the rows, none without an area");
                sql.executeUpdate("UPDATE signature SET status = 'CONFIRMED' WHERE id = 4");
                sql.executeUpdate("UPDATE signature SET area = 'Berks' WHERE id = 5");
                assertEquals(Map.of("Berks", 5L, "Bucks", 2L), areaSums(sql), "kept by the triggers afterwards");
            }
        } finally {
            TestDatabase.drop(URL);
        }
    }

    private static Map<String, Long> areaSums(Statement sql) throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        try (ResultSet rows = sql.executeQuery(CountLedger.AREAS.replace("?", "1"))) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sums;
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
