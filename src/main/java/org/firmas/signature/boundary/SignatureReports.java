package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.firmas.signature.entity.PartnerFigures;
import org.firmas.signature.entity.SignatureFigures;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SourceFigures;

/** A campaign's signatures in figures for the console; aggregated in the database, never row by row. */
@ApplicationScoped
public class SignatureReports {

    static final int TOP = 10;
    private static final String CONFIRMED = SignatureStatus.CONFIRMED.literal();

    @PersistenceContext
    EntityManager em;

    /** Confirmations per day are counted from {@code since} on; the other figures over the whole campaign. */
    @Transactional
    public SignatureFigures figures(long campaignId, LocalDate since) {
        Map<SignatureStatus, Long> byStatus = new EnumMap<>(SignatureStatus.class);
        for (Object[] row : rows("SELECT status, COUNT(*) FROM signature WHERE campaign_id = ? GROUP BY status", campaignId)) {
            byStatus.put(SignatureStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return new SignatureFigures(byStatus, perDay(campaignId, since), top("zip", campaignId), top("area", campaignId));
    }

    /** One row per source, most signatures first; one GROUP BY, so it costs the same at any size. */
    @Transactional
    public List<SourceFigures> bySource(long campaignId) {
        return rows("SELECT source, COUNT(*), SUM(CASE WHEN status = " + CONFIRMED + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = " + CONFIRMED + " AND partner_opt_in THEN 1 ELSE 0 END) "
                + "FROM signature WHERE campaign_id = ? GROUP BY source ORDER BY COUNT(*) DESC, source", campaignId).stream()
                .map(row -> new SourceFigures((String) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    /** What one source (a partner's key) brought: its figures, and its confirmations per day from {@code since} on. */
    @Transactional
    public PartnerFigures ofSource(long campaignId, String source, LocalDate since) {
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN status = " + CONFIRMED + " THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN status = " + CONFIRMED + " AND partner_opt_in THEN 1 ELSE 0 END) "
                        + "FROM signature WHERE campaign_id = ? AND source = ?")
                .setParameter(1, campaignId).setParameter(2, source).getSingleResult();
        Map<LocalDate, Long> days = new TreeMap<>();
        List<?> rows = em.createNativeQuery("SELECT CAST(confirmed_at AS DATE), COUNT(*) FROM signature WHERE campaign_id = ? "
                        + "AND source = ? AND status = " + CONFIRMED + " AND confirmed_at >= ? GROUP BY CAST(confirmed_at AS DATE)")
                .setParameter(1, campaignId).setParameter(2, source)
                .setParameter(3, since.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            days.put(toDate(cells[0]), number(cells[1]));
        }
        return new PartnerFigures(new SourceFigures(source, number(totals[0]), number(totals[1]), number(totals[2])), days);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<LocalDate, Long> perDay(long campaignId, LocalDate since) {
        Map<LocalDate, Long> days = new TreeMap<>();
        List<?> rows = em.createNativeQuery("SELECT CAST(confirmed_at AS DATE), COUNT(*) FROM signature "
                        + "WHERE campaign_id = ? AND status = " + CONFIRMED + " AND confirmed_at >= ? GROUP BY CAST(confirmed_at AS DATE)")
                .setParameter(1, campaignId)
                .setParameter(2, since.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            days.put(toDate(cells[0]), ((Number) cells[1]).longValue());
        }
        return days;
    }

    /** The column is one of two fixed names, never user input. */
    private List<SignatureFigures.Share> top(String column, long campaignId) {
        List<?> rows = em.createNativeQuery("SELECT " + column + ", COUNT(*) FROM signature WHERE campaign_id = ? AND status = " + CONFIRMED + " AND "
                        + column + " IS NOT NULL GROUP BY " + column + " ORDER BY COUNT(*) DESC, " + column + " LIMIT " + TOP)
                .setParameter(1, campaignId)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new SignatureFigures.Share((String) row[0], ((Number) row[1]).longValue())).toList();
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
