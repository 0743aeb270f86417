package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.firmas.signature.control.CountLedger;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.Signer;

/**
 * What delivery may do with signatures: count the ones not yet delivered, claim them for a batch,
 * and list a batch's signers without their contact details. Claiming marks each row with its
 * batch, so a signature can belong to one batch only, whoever claims first. A delivery packet reads
 * the same signers as a batch, through {@link #eachConfirmed}, so both print a signer alike.
 */
@ApplicationScoped
public class BatchSignatures {

    /** Signers read per page of a packet's list. */
    static final int PAGE = 500;

    /** Confirmed and not erased (names of erased signers are gone), after an id, oldest first. */
    private static final String CONFIRMED_AFTER = "SELECT * FROM signature WHERE campaign_id = ? AND status = "
            + SignatureStatus.CONFIRMED.literal() + " AND erased_at IS NULL AND id > ? ORDER BY id LIMIT " + PAGE;

    @PersistenceContext
    EntityManager em;

    @Inject
    CountLedger ledger;

    public long countUndelivered(long campaignId) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND batch_id IS NULL AND status = ?")
                .setParameter(1, campaignId)
                .setParameter(2, SignatureStatus.CONFIRMED.name())
                .getSingleResult()).longValue();
    }

    /**
     * Exact, unlike the page counts: officials are told the true total at the moment of the batch.
     * Summed from the changes the database keeps ({@link CountLedger}), which hold every committed
     * change as a count of the rows would, without reading the campaign's signatures.
     */
    public long countConfirmed(long campaignId) {
        return ledger.total(campaignId);
    }

    /** Confirmed signatures per area, exact like {@link #countConfirmed}; signers of no known area are left out. */
    public Map<String, Long> countConfirmedByArea(long campaignId) {
        return ledger.areas(campaignId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int claim(long campaignId, long batchId, int limit) {
        return em.createNativeQuery("UPDATE signature SET batch_id = ? WHERE id IN ("
                        + "SELECT id FROM signature WHERE campaign_id = ? AND batch_id IS NULL AND status = ? "
                        + "ORDER BY id LIMIT ?)")
                .setParameter(1, batchId)
                .setParameter(2, campaignId)
                .setParameter(3, SignatureStatus.CONFIRMED.name())
                .setParameter(4, limit)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Signer> signersIn(long batchId) {
        return em.createNamedQuery(Signature.IN_BATCH, Signature.class)
                .setParameter("batchId", batchId)
                .getResultStream()
                .map(BatchSignatures::signer)
                .toList();
    }

    /**
     * Every confirmed signer of a campaign whose data is kept, oldest first, read a page at a time
     * by id so a campaign of a hundred thousand never sits in memory at once.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // each page in a persistence context of its own, dropped before the next
    public void eachConfirmed(long campaignId, Consumer<Signer> sink) {
        long after = 0;
        List<Signature> page;
        do {
            @SuppressWarnings("unchecked")
            List<Signature> read = em.createNativeQuery(CONFIRMED_AFTER, Signature.class)
                    .setParameter(1, campaignId).setParameter(2, after).getResultList();
            page = read;
            for (Signature signature : page) {
                sink.accept(signer(signature));
                after = signature.getId();
            }
        } while (page.size() == PAGE);
    }

    /** What a batch and a packet print of a signature. */
    private static Signer signer(Signature s) {
        return new Signer(s.getFirstName(), s.getLastName(), s.getZip(), s.getArea(), s.getComment(), s.getPaperImportId() != null);
    }
}
