package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.firmas.organizer.entity.CampaignFigures;

/** Aggregate queries over one campaign's signatures; nothing is counted row by row in Java. */
@ApplicationScoped
public class CampaignStatistics {

    static final int TOP = 10;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public CampaignFigures of(long campaignId, LocalDate since) {
        Map<String, Long> byStatus = new TreeMap<>();
        for (Object[] row : rows("SELECT status, COUNT(*) FROM signature WHERE campaign_id = ? GROUP BY status", campaignId)) {
            byStatus.put((String) row[0], ((Number) row[1]).longValue());
        }
        long submitted = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new CampaignFigures(byStatus.getOrDefault("CONFIRMED", 0L), byStatus.getOrDefault("PENDING", 0L),
                byStatus.getOrDefault("HIDDEN", 0L) + byStatus.getOrDefault("SUSPECT", 0L), submitted,
                perDay(campaignId, since), top("zip", campaignId), top("area", campaignId));
    }

    private Map<LocalDate, Long> perDay(long campaignId, LocalDate since) {
        Map<LocalDate, Long> days = new TreeMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(confirmed_at AS DATE), COUNT(*) FROM signature "
                        + "WHERE campaign_id = ? AND status = 'CONFIRMED' AND confirmed_at >= ? GROUP BY CAST(confirmed_at AS DATE)")
                .setParameter(1, campaignId)
                .setParameter(2, since.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .getResultList();
        for (Object[] row : rows) {
            days.put(toDate(row[0]), ((Number) row[1]).longValue());
        }
        return days;
    }

    /** The column is one of two fixed names, never user input. */
    private List<CampaignFigures.Share> top(String column, long campaignId) {
        return rows("SELECT " + column + ", COUNT(*) FROM signature WHERE campaign_id = ? AND status = 'CONFIRMED' AND "
                + column + " IS NOT NULL GROUP BY " + column + " ORDER BY COUNT(*) DESC, " + column + " LIMIT " + TOP, campaignId)
                .stream().map(row -> new CampaignFigures.Share((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long campaignId) {
        return em.createNativeQuery(sql).setParameter(1, campaignId).getResultList();
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
