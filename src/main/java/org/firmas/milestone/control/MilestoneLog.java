package org.firmas.milestone.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.firmas.milestone.entity.ReachedMilestone;
import org.firmas.platform.FirmasDataSource;

/**
 * The {@code milestone_reached} rows. Recording inserts and ignores a duplicate, so whichever node
 * notices a milestone first records it and every other attempt changes nothing and says so. On
 * PostgreSQL the key decides between nodes ({@code ON CONFLICT DO NOTHING}); the embedded H2 runs
 * a single node whose one timer records one milestone at a time, so a guarded insert does.
 */
@ApplicationScoped
public class MilestoneLog {

    static final String INSERT_POSTGRESQL = "INSERT INTO milestone_reached (campaign_id, signatures, reached_at) "
            + "VALUES (?, ?, ?) ON CONFLICT (campaign_id, signatures) DO NOTHING";
    static final String INSERT_H2 = "INSERT INTO milestone_reached (campaign_id, signatures, reached_at) "
            + "SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE) WHERE NOT EXISTS (SELECT 1 FROM milestone_reached WHERE campaign_id = ? AND signatures = ?)";
    static final String OF_CAMPAIGN = "SELECT signatures, reached_at FROM milestone_reached WHERE campaign_id = ? "
            + "ORDER BY signatures";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile Boolean postgresql;

    /** True when this call recorded the milestone, false when it was recorded before. */
    public boolean record(long campaignId, long signatures, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int inserted = isPostgresql()
                ? em.createNativeQuery(INSERT_POSTGRESQL).setParameter(1, campaignId).setParameter(2, signatures)
                        .setParameter(3, at).executeUpdate()
                : em.createNativeQuery(INSERT_H2).setParameter(1, campaignId).setParameter(2, signatures)
                        .setParameter(3, at).setParameter(4, campaignId).setParameter(5, signatures).executeUpdate();
        return inserted == 1;
    }

    @SuppressWarnings("unchecked")
    public List<ReachedMilestone> of(long campaignId) {
        List<Object[]> rows = em.createNativeQuery(OF_CAMPAIGN).setParameter(1, campaignId).getResultList();
        return rows.stream().map(row -> new ReachedMilestone(campaignId, ((Number) row[0]).longValue(), instant(row[1]))).toList();
    }

    private boolean isPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("The database did not say what it is", e);
            }
            postgresql = known;
        }
        return known;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
