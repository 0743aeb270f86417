package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import org.firmas.campaign.entity.Campaign;
import org.firmas.delivery.control.BatchCreator;
import org.firmas.delivery.control.DeliveryQueries;

/**
 * What delivery is asked to do, each in one transaction: queue a campaign's next batch when its
 * policy says it is due (the scheduler's round) or at once (an organizer), or put a failed mail
 * back in the queue. Queued mail is sent later by the outbox sender.
 */
@ApplicationScoped
public class DeliveryActions {

    @PersistenceContext
    EntityManager em;

    @Inject
    BatchCreator batches;

    @Inject
    Clock clock;

    /** The id of the batch queued, or -1 when none is due. */
    @Transactional
    public long queueIfDue(Campaign campaign) {
        return batches.queueIfDue(campaign);
    }

    /** The id of the batch queued, or -1 when no confirmed signature was waiting. */
    @Transactional
    public long queueNextBatchNow(Campaign campaign) {
        return batches.queueNow(campaign);
    }

    /**
     * Puts a failed or maybe delivered mail of this campaign back in the queue, due now; the
     * outbox sender takes it at its next poll. False when the mail is neither, or not of this
     * campaign.
     */
    @Transactional
    public boolean retry(long campaignId, long mailId) {
        return em.createNativeQuery(DeliveryQueries.RETRY_OFFICIALS_MAIL)
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(2, mailId)
                .setParameter(3, campaignId)
                .executeUpdate() == 1;
    }
}
