package org.firmas.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firmas.platform.IdListStatements;
import org.firmas.signature.entity.UnsubscribeLink;

/**
 * The signers who asked a campaign for no more updates, in the caller's transaction, remembered by
 * the keyed hash of their address and by signature, until the signer is erased.
 */
@ApplicationScoped
public class Unsubscriptions {

    @PersistenceContext
    EntityManager em;

    /**
     * Once per address and campaign: a second click changes nothing. False when it was already
     * recorded. The update may be null (a link without one, the "my data" page): cast, since a
     * null bound alone is sent as text.
     */
    public boolean record(UnsubscribeLink link, Long updateId, Instant now) {
        int added = em.createNativeQuery("INSERT INTO update_unsubscription (campaign_id, email_key, signature_id, update_id, created_at) "
                        + "SELECT ?, ?, ?, CAST(? AS BIGINT), ? WHERE NOT EXISTS (SELECT 1 FROM update_unsubscription WHERE campaign_id = ? AND email_key = ?)")
                .setParameter(1, link.campaignId())
                .setParameter(2, link.emailKey())
                .setParameter(3, link.signatureId())
                .setParameter(4, updateId)
                .setParameter(5, now.atOffset(ZoneOffset.UTC))
                .setParameter(6, link.campaignId())
                .setParameter(7, link.emailKey())
                .executeUpdate();
        return added > 0;
    }

    /** The update a link names, when it is one of this campaign's; anything else counts for none. */
    public Long updateOf(long campaignId, Long updateId) {
        if (updateId == null) {
            return null;
        }
        List<?> found = em.createNativeQuery("SELECT id FROM supporter_update WHERE id = ? AND campaign_id = ?")
                .setParameter(1, updateId).setParameter(2, campaignId).getResultList();
        return found.isEmpty() ? null : updateId;
    }

    public Set<String> addressKeys(long campaignId) {
        return new HashSet<>(strings(em.createNativeQuery("SELECT email_key FROM update_unsubscription WHERE campaign_id = ?")
                .setParameter(1, campaignId).getResultList()));
    }

    public Set<Long> signatures(long campaignId) {
        return signatureIds("campaign_id", campaignId);
    }

    /**
     * Which of these signatures had their campaign's updates stopped. Asked by signature, not by
     * address key: a data key rotation re-hashes the signatures' keys, not the ones kept here.
     */
    public Set<Long> stoppedAmong(List<Long> signatureIds) {
        Set<Long> ids = new HashSet<>();
        IdListStatements.select(em, "SELECT signature_id FROM update_unsubscription WHERE signature_id", signatureIds)
                .forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    private Set<Long> signatureIds(String column, Object value) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT signature_id FROM update_unsubscription WHERE " + column + " = ?")
                .setParameter(1, value).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** How many unsubscribed through each update's link. */
    public Map<Long, Long> byUpdate(long campaignId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT update_id, COUNT(*) FROM update_unsubscription "
                + "WHERE campaign_id = ? AND update_id IS NOT NULL GROUP BY update_id").setParameter(1, campaignId).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> rows) {
        return (List<String>) rows;
    }
}
