package org.firmas.signature.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A campaign that surges before the signature table is analyzed is, to PostgreSQL, a campaign of a
 * handful of rows. Each group's duplicate look-up must still probe the one-per-person index, not
 * read the whole campaign through another index on it. (The deployment gives the test database
 * its schema. Nothing analyzes the table while this test runs, unless a server-wide autovacuum
 * does, and then the plan is right for the better reason.)
 */
class DuplicateLookUpWithStaleStatisticsIT extends FirmasIT {

    private static final int UNSEEN_SIGNATURES = 20_000;
    private static final long FIRST_UNSEEN_ID = 900_000_000L;
    private static final int GROUP = 30;
    /** How EXPLAIN names an index it reads. */
    private static final Pattern INDEX = Pattern.compile("(?:using|Bitmap Index Scan on) (\\w+)");

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
        try (Statement explain = db.createStatement();
             ResultSet rows = explain.executeQuery("EXPLAIN " + AlreadySigned.sql(Map.of(campaign, keys)))) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
