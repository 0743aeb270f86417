package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A confirmation link queued behind an update's hundred thousand mails must not wait for them:
 * the outbox claims the mail someone is waiting for first, through an index of its own, so the
 * claim reads none of the updates' mails to find it, whatever plan PostgreSQL keeps for the
 * statement. Runs on a database of its own beside the test database.
 */
class MailPeopleWaitForGoesFirstIT {

    private static final String URL = TestDatabase.urlOf("firmas_outbox_order");
    private static final int UPDATE_MAILS = 20_000;
    /** How EXPLAIN names an index it reads. */
    private static final Pattern INDEX = Pattern.compile("(?:using|Bitmap Index Scan on) (\\w+)");

    @Test
    void aConfirmationQueuedAfterAnUpdatesMailsIsClaimedBeforeThem() throws SQLException {
        TestDatabase.recreate(URL);
        try {
            TestDatabase.migrate(URL, null);
            try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
                queue(sql, 1, UPDATE_MAILS, UpdateOutbox.KIND, "now() - interval '1 minute'");
                queue(sql, UPDATE_MAILS + 1, 2, "CONFIRM", "now()");
                sql.execute("ANALYZE outbox_message");

                db.setAutoCommit(false);
                List<Long> first = due(db, DeliveryQueries.DUE_FIRST, 10);
                List<Long> updates = due(db, DeliveryQueries.DUE_UPDATES, 10 - first.size());
                db.rollback();

                assertEquals(List.of((long) UPDATE_MAILS + 1, (long) UPDATE_MAILS + 2), first, "the confirmations first");
                assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), updates, "then the oldest of the update's mails");

                // Planned once for any values, as PostgreSQL may plan a statement a connection runs again and again.
                db.setAutoCommit(true);
                sql.execute("SET plan_cache_mode = force_generic_plan");
                sql.execute("PREPARE first (timestamptz, timestamptz, int) AS "
                        + DeliveryQueries.DUE_FIRST.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2").replaceFirst("\\?", "\\$3"));
                String plan = TestDatabase.lines(sql, "EXPLAIN EXECUTE first (now(), now(), 10)");
                assertEquals(Set.of("outbox_due_first"), INDEX.matcher(plan).results().map(found -> found.group(1))
                        .collect(Collectors.toSet()), plan);
            }
        } finally {
            TestDatabase.drop(URL);
        }
    }

    private static void queue(Statement sql, long firstId, int how, String kind, String due) throws SQLException {
        sql.executeUpdate("INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, body_html, status,"
                + " attempts, next_attempt_at, created_at) SELECT " + firstId + " + i, '<order-' || (" + firstId + " + i) || '>', '"
                + kind + "', 'x', 's', 't', 'h', 'PENDING', 0, " + due + ", now() FROM generate_series(0, " + (how - 1) + ") AS i");
    }

    private static List<Long> due(Connection db, String query, int limit) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(query)) {
            statement.setObject(1, now);
            statement.setObject(2, now);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
