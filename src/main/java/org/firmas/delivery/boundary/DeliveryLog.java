package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firmas.delivery.control.DeliveryQueries;
import org.firmas.delivery.entity.OutboxStatus;

/**
 * What was delivered for a campaign, for its organizers: each batch and each official's mail in
 * it, with its state (sent, retrying, maybe delivered, failed) and the server's last answer. No mail bodies: they
 * hold supporters' names and are dropped once sent anyway.
 */
@ApplicationScoped
public class DeliveryLog {

    static final int MOST_RECENT_BATCHES = 100;

    /** One official's mail of a batch. */
    public record Mail(long id, String recipient, String status, int attempts, String lastError, Instant sentAt, Instant nextAttemptAt) {

        /** Waiting for its first try, or for the next after a temporary failure. */
        public boolean waiting() {
            return OutboxStatus.PENDING.name().equals(status);
        }

        public boolean sent() {
            return OutboxStatus.SENT.name().equals(status);
        }

        public boolean failed() {
            return OutboxStatus.DEAD.name().equals(status);
        }

        /** Maybe delivered: the server had it and its answer was lost; only the organizer sends it again. */
        public boolean inDoubt() {
            return OutboxStatus.IN_DOUBT.name().equals(status);
        }
    }

    /** One batch and its mails. */
    public record Batch(long id, Instant createdAt, int signatureCount, long totalCount, boolean finalBatch, List<Mail> mails) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Batch> of(long campaignId) {
        List<Object[]> batchRows = em.createNativeQuery(DeliveryQueries.BATCHES_OF_CAMPAIGN)
                .setParameter(1, campaignId).setMaxResults(MOST_RECENT_BATCHES).getResultList();
        Map<Long, List<Mail>> mails = new LinkedHashMap<>();
        for (Object[] row : batchRows) {
            mails.put(((Number) row[0]).longValue(), new ArrayList<>());
        }
        if (!mails.isEmpty()) {
            List<Object[]> mailRows = em.createNativeQuery(DeliveryQueries.MAILS_OF_CAMPAIGN)
                    .setParameter(1, campaignId).getResultList();
            for (Object[] row : mailRows) {
                List<Mail> ofBatch = mails.get(((Number) row[1]).longValue());
                if (ofBatch != null) {
                    ofBatch.add(new Mail(((Number) row[0]).longValue(), (String) row[2], (String) row[3],
                            ((Number) row[4]).intValue(), (String) row[5], instant(row[6]), instant(row[7])));
                }
            }
        }
        return batchRows.stream().map(row -> new Batch(((Number) row[0]).longValue(), instant(row[1]),
                ((Number) row[2]).intValue(), ((Number) row[3]).longValue(), Boolean.TRUE.equals(row[4]),
                List.copyOf(mails.get(((Number) row[0]).longValue())))).toList();
    }

    /** When each official (by address) was first sent a batch of the campaign; absent when none has been sent yet. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Instant> firstSentTo(long campaignId) {
        List<Object[]> rows = em.createNativeQuery(DeliveryQueries.FIRST_SENT_TO_OFFICIALS).setParameter(1, campaignId).getResultList();
        Map<String, Instant> firstSent = new LinkedHashMap<>();
        rows.forEach(row -> firstSent.put(((String) row[0]).toLowerCase(Locale.ROOT), instant(row[1])));
        return firstSent;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
