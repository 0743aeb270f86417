package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What the signature table's queries stay at, at any size. The counts the site shows, for a
 * campaign and for each of its areas, are sums of the changes the database's triggers append, so
 * every way of changing a signature must leave changes that make the sums equal to plain counts,
 * and folding the changes must lose none, even
 * while others are appended (the running server folds on its own). A campaign that surges before
 * the signature table is analyzed is, to PostgreSQL, a campaign of a handful of rows: each group's
 * duplicate look-up must still probe the one-per-person index, not read the whole campaign through
 * another index on it (nothing analyzes the table while that test runs, unless a server-wide
 * autovacuum does, and then the plan is right for the better reason). The deployment gives the test
 * database its schema.
 */
class CountsStayExactAndLookUpsUseTheirIndexIT extends FirmasIT {

    private static final String STATEMENTS = "SELECT COUNT(*) FROM signature_count_change WHERE campaign_id = ";
    private static final String AREA_STATEMENTS = "SELECT COUNT(*) FROM signature_area_count_change WHERE campaign_id = ";
    /** The areas addSignatures puts signatures in, one in three each, and the third in none. */
    private static final List<String> AREAS = List.of("Norristown", "Reading");
    private static final int UNSEEN_SIGNATURES = 20_000;
    private static final long FIRST_UNSEEN_ID = 900_000_000L;
    private static final int GROUP = 30;
    /** How EXPLAIN names an index it reads. */
    private static final Pattern INDEX = Pattern.compile("(?:using|Bitmap Index Scan on) (\\w+)");

    @Test
    void everyKindOfChangeKeepsTheSumEqualToTheCount() throws SQLException {
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            long campaign = TestDatabase.newCampaign(sql, "count-ledger");
            long first = campaign * 10_000;
            try {
                addSignatures(sql, campaign, first, 300, "PENDING");
                addSignatures(sql, campaign, first + 300, 100, "CONFIRMED");
                addSignatures(sql, campaign, first + 400, 50, "SUSPECT");
                assertCounted(sql, campaign, 100);

                String ofCampaign = " AND campaign_id = " + campaign;
                sql.executeUpdate("UPDATE signature SET status = 'CONFIRMED' WHERE id < " + (first + 120) + ofCampaign);
                assertCounted(sql, campaign, 220);
                sql.executeUpdate("UPDATE signature SET status = 'HIDDEN' WHERE id BETWEEN " + (first + 300) + " AND "
                        + (first + 329) + ofCampaign);
                assertCounted(sql, campaign, 190);
                sql.executeUpdate("UPDATE signature SET listed_publicly = TRUE WHERE campaign_id = " + campaign);
                assertCounted(sql, campaign, 190);
                sql.executeUpdate("UPDATE signature SET status = 'CONFIRMED' WHERE status = 'SUSPECT' AND campaign_id = "
                        + campaign);
                assertCounted(sql, campaign, 240);
                sql.executeUpdate("DELETE FROM signature WHERE id < " + (first + 10) + ofCampaign);
                assertCounted(sql, campaign, 230);
                sql.executeUpdate("UPDATE signature SET area = 'Reading' WHERE area = 'Norristown' AND id < "
                        + (first + 200) + ofCampaign);
                assertCounted(sql, campaign, 230);
                sql.executeUpdate("UPDATE signature SET area = NULL WHERE id BETWEEN " + (first + 400) + " AND "
                        + (first + 420) + ofCampaign);
                assertCounted(sql, campaign, 230);

                db.setAutoCommit(false);
                sql.executeUpdate("UPDATE signature SET status = 'WITHDRAWN' WHERE id < " + (first + 50) + ofCampaign);
                db.rollback();
                db.setAutoCommit(true);
                assertCounted(sql, campaign, 230);

                sql.executeUpdate(CountLedger.FOLD);
                sql.executeUpdate(CountLedger.FOLD_AREAS);
                assertCounted(sql, campaign, 230);
                assertEquals(1, number(sql, STATEMENTS + campaign), "folded into one row");
                assertEquals(AREAS.size(), number(sql, AREA_STATEMENTS + campaign), "folded into one row per area");
            } finally {
                remove(sql, campaign);
            }
            assertCounted(sql, campaign, 0);
        }
    }

    @Test
    void foldingWhileConfirmationsAreAppendedLosesNone() throws Exception {
        int signatures = 1_500;
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            long campaign = TestDatabase.newCampaign(sql, "count-ledger");
            long first = campaign * 10_000;
            try {
                addSignatures(sql, campaign, first, signatures, "PENDING");
                CompletableFuture<Void> confirming = CompletableFuture.runAsync(() -> confirmOneByOne(first, signatures));
                int folds = 0;
                while (!confirming.isDone()) {
                    sql.executeUpdate(CountLedger.FOLD);
                    sql.executeUpdate(CountLedger.FOLD_AREAS);
                    folds++;
                }
                confirming.join();

                // Every fold in the loop started while confirmations were committing.
                assertTrue(folds > 1, "folds ran while confirming: " + folds);
                assertCounted(sql, campaign, signatures);
            } finally {
                remove(sql, campaign);
            }
        }
    }

    @Test
    void theServerFoldsChangesAsTheyPileUp() throws Exception {
        int signatures = (int) CountLedger.FOLD_AFTER_SURPLUS_ROWS + 500;
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            long campaign = TestDatabase.newCampaign(sql, "count-ledger");
            long first = campaign * 10_000;
            try {
                addSignatures(sql, campaign, first, signatures, "PENDING");
                // Committed at once, so the server cannot fold some of them before the rest are in.
                db.setAutoCommit(false);
                try (PreparedStatement confirm = db.prepareStatement("UPDATE signature SET status = 'CONFIRMED' WHERE id = ?")) {
                    for (int i = 0; i < signatures; i++) {
                        confirm.setLong(1, first + i);
                        confirm.executeUpdate();
                    }
                }
                db.commit();
                db.setAutoCommit(true);

                // The area changes are folded right after the others, in a statement of their own.
                List<Long> left = Eventually.await(Duration.ofSeconds(30),
                        () -> List.of(TestDatabase.number(STATEMENTS + campaign), TestDatabase.number(AREA_STATEMENTS + campaign)),
                        rows -> rows.get(0) <= 1 && rows.get(1) <= AREAS.size());

                assertEquals(List.of(1L, (long) AREAS.size()), left, "folded by the server, per campaign and per area");
                assertCounted(sql, campaign, signatures);
            } finally {
                remove(sql, campaign);
            }
        }
    }

    private static void assertCounted(Statement sql, long campaign, long expected) throws SQLException {
        assertEquals(expected, number(sql, "SELECT COUNT(*) FROM signature WHERE status = 'CONFIRMED' AND campaign_id = "
                + campaign), "counted");
        assertEquals(expected, number(sql, "SELECT COALESCE(SUM(change), 0) FROM signature_count_change WHERE campaign_id = "
                + campaign), "summed");
        for (String area : AREAS) {
            String ofArea = " AND area = '" + area + "' AND campaign_id = " + campaign;
            assertEquals(number(sql, "SELECT COUNT(*) FROM signature WHERE status = 'CONFIRMED'" + ofArea),
                    number(sql, "SELECT COALESCE(SUM(change), 0) FROM signature_area_count_change WHERE TRUE" + ofArea),
                    "summed in " + area);
        }
    }

    /** One statement per signature, each in its own transaction, as confirmations come in. */
    private static void confirmOneByOne(long first, int signatures) {
        try (Connection db = TestDatabase.connect();
             PreparedStatement confirm = db.prepareStatement("UPDATE signature SET status = 'CONFIRMED' WHERE id = ?")) {
            for (int i = 0; i < signatures; i++) {
                confirm.setLong(1, first + i);
                confirm.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addSignatures(Statement sql, long campaign, long firstId, int how, String status)
            throws SQLException {
        sql.executeUpdate("INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, area, language,"
                + " status, created_at) SELECT " + firstId + " + i, " + campaign + ", 'ledger-' || (" + firstId + " + i),"
                + " 'x', 'Ana', 'Ruiz', '19148', (ARRAY['" + AREAS.get(0) + "', '" + AREAS.get(1) + "', NULL])[i % 3 + 1], 'es', '"
                + status + "', now() FROM generate_series(0, " + (how - 1) + ") AS i");
    }

    private static void remove(Statement sql, long campaign) throws SQLException {
        sql.executeUpdate("DELETE FROM signature WHERE campaign_id = " + campaign);
        sql.executeUpdate("DELETE FROM campaign WHERE id = " + campaign);
    }

    private static long number(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void aSurgingCampaignTheStatisticsDoNotKnowIsLookedUpByTheOnePerPersonIndex() throws SQLException {
        try (Connection db = TestDatabase.connect(); Statement statement = db.createStatement()) {
            long campaign = TestDatabase.newCampaign(statement, "stale-statistics");
            try {
                statement.executeUpdate("INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip,"
                        + " language, status, created_at) SELECT " + FIRST_UNSEEN_ID + " + i, " + campaign + ", 'unseen-' || i,"
                        + " 'x', 'Ana', 'Ruiz', '19148', 'es', 'PENDING', now() FROM generate_series(1, " + UNSEEN_SIGNATURES + ") AS i");

                // A group of one is asked as a plain equality, which the database plans apart from a join.
                for (int group : new int[] {GROUP, 1}) {
                    String plan = plan(db, campaign, group);

                    // A sequential scan names no index, so it fails this too.
                    assertEquals(Set.of("signature_one_per_person"), indexesIn(plan), plan);
                }
            } finally {
                statement.executeUpdate("DELETE FROM signature WHERE campaign_id = " + campaign);
                statement.executeUpdate("DELETE FROM campaign WHERE id = " + campaign);
            }
        }
    }

    private static Set<String> indexesIn(String plan) {
        return INDEX.matcher(plan).results().map(found -> found.group(1)).collect(Collectors.toSet());
    }

    /** How the database runs the look-up for a group of addresses that all signed already. */
    private static String plan(Connection db, long campaign, int group) {
        List<String> keys = IntStream.rangeClosed(1, group).mapToObj(i -> "unseen-" + i).toList();
        try (Statement explain = db.createStatement()) {
            return TestDatabase.lines(explain, "EXPLAIN " + AlreadySigned.sql(Map.of(campaign, keys)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
