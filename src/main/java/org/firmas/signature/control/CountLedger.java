package org.firmas.signature.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.firmas.platform.FirmasDataSource;

/**
 * Confirmed signatures per campaign, summed from {@code signature_count_change}, and per area of a
 * campaign, summed from {@code signature_area_count_change}: on PostgreSQL tables that triggers
 * append each statement's change to (migrations V9 and V38), so a count costs as much as the
 * changes since the last fold, not the table. Every node reads the same rows, so a count is exact
 * whichever node changed the signatures. On the embedded H2 default the same names are views that
 * count the signatures, one row per campaign (and area), which never need folding.
 */
@ApplicationScoped
public class CountLedger {

    static final String SUM = "SELECT campaign_id, SUM(change), COUNT(*) FROM signature_count_change GROUP BY campaign_id";

    /**
     * One statement, so one transaction: the rows it deletes come back as one per campaign, and a
     * change another transaction appends meanwhile is not among them (it is not in the statement's
     * snapshot), so it stays. Two folds at once are safe too: the second skips the rows the first
     * deleted, and does not see the sums the first wrote.
     */
    static final String FOLD = "WITH folded AS (DELETE FROM signature_count_change RETURNING campaign_id, change) "
            + "INSERT INTO signature_count_change (campaign_id, change) "
            + "SELECT campaign_id, SUM(change) FROM folded GROUP BY campaign_id HAVING SUM(change) <> 0";

    static final String TOTAL = "SELECT COALESCE(SUM(change), 0) FROM signature_count_change WHERE campaign_id = ?";

    static final String AREAS = "SELECT area, SUM(change) FROM signature_area_count_change WHERE campaign_id = ? "
            + "GROUP BY area HAVING SUM(change) <> 0";

    /**
     * Area rows beyond one per campaign and area. They pile up apart from the campaign's: a
     * statement that confirms signatures in several areas appends one row to the campaign's
     * changes and one per area here.
     */
    static final String AREA_SURPLUS = "SELECT (SELECT COUNT(*) FROM signature_area_count_change) "
            + "- (SELECT COUNT(*) FROM (SELECT DISTINCT campaign_id, area FROM signature_area_count_change) AS pairs)";

    /** As {@link #FOLD}, per campaign and area. */
    static final String FOLD_AREAS = "WITH folded AS (DELETE FROM signature_area_count_change RETURNING campaign_id, area, change) "
            + "INSERT INTO signature_area_count_change (campaign_id, area, change) "
            + "SELECT campaign_id, area, SUM(change) FROM folded GROUP BY campaign_id, area HAVING SUM(change) <> 0";

    /** Rows beyond one per campaign before a fold: a few milliseconds of summing at most. */
    public static final long FOLD_AFTER_SURPLUS_ROWS = 2_000;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    public Reading read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUM).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        long changes = 0;
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            changes += ((Number) row[2]).longValue();
        }
        long areaSurplus = ((Number) em.createNativeQuery(AREA_SURPLUS).getSingleResult()).longValue();
        return new Reading(Map.copyOf(counts), changes - rows.size() + areaSurplus);
    }

    /** The campaign's confirmed signatures, as of the last committed change. */
    public long total(long campaignId) {
        return ((Number) em.createNativeQuery(TOTAL).setParameter(1, campaignId).getSingleResult()).longValue();
    }

    /** The campaign's confirmed signatures per area; areas none of them is in are left out. */
    public Map<String, Long> areas(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AREAS).setParameter(1, campaignId).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return Map.copyOf(counts);
    }

    /**
     * Folds the changes into one row per campaign (and per campaign and area), then vacuums the
     * tables: the fold leaves every row it replaced dead, and where autovacuum is off or waiting,
     * each sum would read them all again. Outside any transaction, as VACUUM must be; skipped while
     * another node vacuums them. Both are folded when the rows beyond one per group, in the two
     * tables together, have piled up.
     */
    public void fold() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate(FOLD);
            statement.executeUpdate(FOLD_AREAS);
            statement.execute("VACUUM (SKIP_LOCKED) signature_count_change, signature_area_count_change");
        } catch (SQLException e) {
            throw new IllegalStateException("Count changes not folded", e);
        }
    }

    /** The counts, and how many rows there are beyond one per campaign (and per campaign and area). */
    public record Reading(Map<Long, Long> counts, long surplusRows) {

        public boolean worthFolding() {
            return surplusRows >= FOLD_AFTER_SURPLUS_ROWS;
        }
    }
}
