package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A database upgraded from a version that kept mail bodies and servers' replies as they came:
 * the migration leaves no body of a sent mail or of a supporter's failed one, and no address in
 * a stored reply. Runs on a database of its own beside the test database.
 */
class StoredMailMigrationIT {

    private static final String URL = TestDatabase.urlOf("firmas_mail_migration");
    private static final String LINKS = "Confirm: https://firmas.example/confirm/" + "c".repeat(43)
            + " Withdraw: https://firmas.example/withdraw/" + "w".repeat(43);

    @Test
    void anUpgradedDatabaseKeepsNoLinkOfADoneMailAndNoAddressInAReply() throws SQLException {
        TestDatabase.recreate(URL);
        try {
            TestDatabase.migrate(URL, "9");
            try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO campaign (id, slug, source, created_at) VALUES (1, 'held', 'FILE', now())");
                sql.executeUpdate("INSERT INTO delivery_batch (id, campaign_id, created_at, signature_count, total_count, "
                        + "final_batch) VALUES (1, 1, now(), 1, 1, false)");
                sql.executeUpdate("INSERT INTO data_key_mark (id, key_id) VALUES (1, 'oldkey')");
                mail(sql, 1, "SENT", null, 7L, null);
                mail(sql, 2, "DEAD", null, 8L, "550 5.1.1 <o'brien.ana@example.net>: Recipient address rejected");
                mail(sql, 3, "DEAD", 1L, null, "550 5.1.1 <gone@council.example.org>: no such mailbox here");
                mail(sql, 4, "PENDING", null, 9L, "421 4.7.0 try again later");

                TestDatabase.migrate(URL, null);

                assertEquals("", body(sql, 1), "a sent mail keeps no body");
                assertEquals("", body(sql, 2), "a supporter's failed mail keeps no body: nobody can send it again");
                assertEquals(LINKS + LINKS, body(sql, 3), "an official's failed mail keeps its body for the organizer's retry");
                assertEquals(LINKS + LINKS, body(sql, 4), "a waiting mail keeps its body until it is sent");
                assertEquals("550 5.1.1 <<address>>: Recipient address rejected", lastError(sql, 2));
                assertEquals("550 5.1.1 <<address>>: no such mailbox here", lastError(sql, 3));
                assertEquals("421 4.7.0 try again later", lastError(sql, 4));
                assertEquals(0, TestDatabase.numberIn(URL, "SELECT COUNT(*) FROM data_key_mark"),
                        "the next start moves the bodies left under the data key");
            }
        } finally {
            TestDatabase.drop(URL);
        }
    }

    private static void mail(Statement sql, long id, String status, Long batchId, Long signatureId, String lastError)
            throws SQLException {
        sql.executeUpdate("INSERT INTO outbox_message (id, message_id, kind, batch_id, signature_id, recipient, subject, "
                + "body_text, body_html, status, attempts, next_attempt_at, created_at, last_error) VALUES (" + id
                + ", '<m" + id + "@firmas.example>', 'CONFIRM', " + batchId + ", " + signatureId + ", 'g1.oldkey.x', 'Subject', '"
                + LINKS + "', '" + LINKS + "', '" + status + "', 1, now(), now(), "
                + (lastError == null ? "NULL" : "'" + lastError.replace("'", "''") + "'") + ")");
    }

    private static String body(Statement sql, long id) throws SQLException {
        return text(sql, "SELECT body_text || body_html || COALESCE(attachment_text, '') FROM outbox_message WHERE id = " + id);
    }

    private static String lastError(Statement sql, long id) throws SQLException {
        return text(sql, "SELECT last_error FROM outbox_message WHERE id = " + id);
    }

    private static String text(Statement sql, String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
