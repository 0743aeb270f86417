package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.firmas.campaign.entity.BatchClock;
import org.firmas.campaign.entity.CampaignRecord;

/**
 * When a campaign's batches went out, kept on its row for delivery. Every call joins the caller's
 * transaction: the row lock taken for a batch holds until that batch commits.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DeliveryClock {

    @PersistenceContext
    EntityManager em;

    /** Locks the campaign's row, so two schedulers (or two nodes) never build the same batch, and reads its clock. */
    public BatchClock lockForBatch(long campaignId) {
        CampaignRecord row = em.find(CampaignRecord.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        return new BatchClock(row.getCreatedAt(), row.getLastBatchAt(), row.getFinalBatchAt(), StoredCampaignStatus.of(row));
    }

    /** Notes a batch sent at this time, and whether it was the final one; call after {@link #lockForBatch}. */
    public void stampBatch(long campaignId, Instant at, boolean finalBatch) {
        CampaignRecord row = em.find(CampaignRecord.class, campaignId); // locked since lockForBatch
        row.setLastBatchAt(at);
        if (finalBatch) {
            row.setFinalBatchAt(at);
        }
    }

    /** Lets closing the campaign again send another final batch. */
    public void forgetFinalBatch(long campaignId) {
        em.createNamedQuery(CampaignRecord.FORGET_FINAL_BATCH).setParameter(1, campaignId).executeUpdate();
    }
}
