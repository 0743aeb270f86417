package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A database written when updates and responses knew only English and Spanish keeps every text
 * when upgraded to texts by language: each update's subjects and bodies become one row per
 * language written, and a response's one translation is in the other of the two. Runs on a
 * database of its own beside the test database.
 */
class LanguageTextsMigrationIT {

    private static final String URL = TestDatabase.urlOf("firmas_language_texts_migration");

    @Test
    void updatesAndResponsesWrittenInEnglishAndSpanishKeepTheirTexts() throws SQLException {
        TestDatabase.recreate(URL);
        try {
            TestDatabase.migrate(URL, "29");
            try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO campaign (id, slug, source, created_at) VALUES (1, 'held', 'FILE', now())");
                sql.executeUpdate("INSERT INTO supporter_update (id, campaign_id, status, origin, subject_en, subject_es, body_en, body_es,"
                        + " audience, created_at) VALUES"
                        + " (10, 1, 'SENT', NULL, 'Hearing on Monday', 'Audiencia el lunes', 'Come.', 'Venga.', '', now()),"
                        + " (20, 1, 'AWAITING_APPROVAL', 'milestone:100', '', 'Cien firmas', '', 'Gracias.', '', now())");
                sql.executeUpdate("INSERT INTO official_response (id, campaign_id, target_email, target_name, received_on, language,"
                        + " original_text, translation, recorded_at) VALUES"
                        + " (10, 1, 'mayor@example.org', 'Mayor', DATE '2026-12-01', 'es', 'Gracias.', 'Thank you.', now()),"
                        + " (20, 1, 'council@example.org', 'Council', DATE '2026-12-02', 'en', 'No.', NULL, now())");

                TestDatabase.migrate(URL, null);

                assertEquals(List.of("10 en Hearing on Monday Come.", "10 es Audiencia el lunes Venga.", "20 es Cien firmas Gracias."),
                        rows(sql, "SELECT update_id, language, subject, body FROM supporter_update_text ORDER BY update_id, language"),
                        "a language left empty was never written");
                assertEquals(List.of("10 en Thank you."),
                        rows(sql, "SELECT response_id, language, translated_text FROM official_response_translation ORDER BY response_id"));
                assertEquals(List.of("10 es Gracias.", "20 en No."),
                        rows(sql, "SELECT id, language, original_text FROM official_response ORDER BY id"));
                sql.executeUpdate("UPDATE official_response SET language = 'pt' WHERE id = 20");
            }
        } finally {
            TestDatabase.drop(URL);
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet found = sql.executeQuery(query)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                List<String> cells = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    cells.add(found.getString(column));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
