package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SignerDetails;

/**
 * The rows of signatures typed in from paper sheets: written confirmed (the signer signed in
 * person), never mailed, and found again by their import. A signer with no address gets a key of
 * its own, {@code paper:} and a random id, which no address's keyed hash can equal.
 */
@ApplicationScoped
public class PaperRows {

    static final String NO_ADDRESS_KEY = "paper:";

    @PersistenceContext
    EntityManager em;

    @Inject
    EmailKeys emailKeys;

    /** Which of these addresses have signed the campaign already (in their canonical forms). */
    public Set<String> signedAmong(long campaignId, List<String> emails) {
        Map<String, String> byKey = new java.util.HashMap<>();
        for (String email : emails) {
            byKey.put(emailKeys.addressKey(email), email);
        }
        Set<String> signed = new HashSet<>();
        if (!byKey.isEmpty()) {
            AlreadySigned.keysTaken(em, campaignId, new ArrayList<>(byKey.keySet())).forEach(key -> signed.add(byKey.get(key)));
        }
        return signed;
    }

    /** Writes the rows in the caller's transaction; they are sent in the persistence unit's JDBC batches. */
    public int write(long campaignId, long importId, String language, List<SignerDetails> signers, Instant now) {
        for (SignerDetails signer : signers) {
            AddressKeys keys = signer.email() == null ? new AddressKeys(NO_ADDRESS_KEY + UUID.randomUUID(), "")
                    : emailKeys.of(signer.email());
            Signature row = new Signature(campaignId, signer, keys, signer.area(), language, SignatureStatus.CONFIRMED, now);
            row.typedFromPaper(importId, now);
            em.persist(row);
        }
        em.flush();
        return signers.size();
    }

    /** How many of an import's signatures are confirmed, and how many of those went to officials already. */
    public long[] countsOf(long campaignId, long importId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN batch_id IS NULL THEN 0 ELSE 1 END) "
                        + "FROM signature WHERE campaign_id = ? AND paper_import_id = ?")
                .setParameter(1, campaignId).setParameter(2, importId).getSingleResult();
        return new long[] {number(row[0]), number(row[1])};
    }

    /** The ids of an import's signatures, locked, so nothing batches them while they are removed. */
    @SuppressWarnings("unchecked")
    public List<Long> lockImport(long campaignId, long importId) {
        return ((List<Object>) em.createNativeQuery("SELECT id FROM signature WHERE campaign_id = ? AND paper_import_id = ? FOR UPDATE")
                .setParameter(1, campaignId).setParameter(2, importId).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Removes an import's signatures in one statement; the count triggers subtract the confirmed ones. */
    public int delete(long campaignId, long importId) {
        return em.createNativeQuery("DELETE FROM signature WHERE campaign_id = ? AND paper_import_id = ?")
                .setParameter(1, campaignId).setParameter(2, importId).executeUpdate();
    }

    /** One campaign's confirmed paper signatures, counted now. */
    public long confirmedOnPaper(long campaignId) {
        return number(em.createNativeQuery("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND paper_import_id IS NOT NULL "
                + "AND status = " + SignatureStatus.CONFIRMED.literal()).setParameter(1, campaignId).getSingleResult());
    }

    /** Confirmed paper signatures per campaign. */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> confirmedOnPaper() {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT campaign_id, COUNT(*) FROM signature "
                + "WHERE paper_import_id IS NOT NULL AND status = " + SignatureStatus.CONFIRMED.literal() + " GROUP BY campaign_id")
                .getResultList()) {
            counts.put(number(row[0]), number(row[1]));
        }
        return Map.copyOf(counts);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
