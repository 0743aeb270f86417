package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.firmas.organizer.entity.ModerationLogEntry;
import org.firmas.signature.boundary.SignatureModeration;

/**
 * Moderation with a record: each change to signatures commits together with the log line that
 * says who made it, or neither does.
 */
@ApplicationScoped
public class Moderation {

    /** A line of the log as the page shows it. */
    public record LogLine(Instant at, String who, String action, String detail, int affected) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SignatureModeration signatures;

    @Inject
    Clock clock;

    @Transactional
    public int hide(long campaignId, long signatureId, long accountId) {
        int hidden = signatures.hide(campaignId, signatureId);
        em.persist(new ModerationLogEntry(campaignId, accountId, ModerationLogEntry.Action.HIDE,
                "signature " + signatureId, hidden, clock.instant()));
        return hidden;
    }

    @Transactional
    public int hideDomain(long campaignId, String domain, Instant from, Instant to, long accountId) {
        int hidden = signatures.hideDomain(campaignId, domain, from, to);
        em.persist(new ModerationLogEntry(campaignId, accountId, ModerationLogEntry.Action.INVALIDATE_DOMAIN,
                "@" + domain.strip().toLowerCase(java.util.Locale.ROOT) + " from " + from + " to " + to, hidden, clock.instant()));
        return hidden;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<LogLine> log(long campaignId) {
        List<Object[]> rows = em.createNativeQuery("SELECT l.created_at, a.email, l.action, l.detail, l.affected FROM moderation_log l "
                        + "JOIN organizer_account a ON a.id = l.account_id WHERE l.campaign_id = ? ORDER BY l.created_at DESC, l.id DESC")
                .setParameter(1, campaignId).setMaxResults(200).getResultList();
        return rows.stream().map(row -> new LogLine(instant(row[0]), (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
