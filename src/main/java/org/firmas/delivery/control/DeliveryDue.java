package org.firmas.delivery.control;

import java.time.Duration;
import java.time.Instant;
import org.firmas.campaign.entity.BatchClock;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.DeliveryPolicy;

/** Whether a campaign's delivery policy calls for a batch now. */
enum DeliveryDue {
    NOT_DUE, REGULAR, FINAL;

    /**
     * {@code finalSentBefore}: a final batch went out before the campaign was opened again; closing
     * it again then mails the officials only if there are signers they have not seen.
     */
    static DeliveryDue check(CampaignDefinition campaign, BatchClock row, long undelivered, Instant now,
                             boolean finalSentBefore) {
        DeliveryPolicy policy = campaign.delivery();
        if (campaign.status().isFinished()) {
            // A campaign that never gathered a signature owes no one a final mail.
            boolean anythingToReport = undelivered > 0 || (row.lastBatchAt() != null && !finalSentBefore);
            return policy.finalBatch() && row.finalBatchAt() == null && anythingToReport ? FINAL : NOT_DUE;
        }
        if (!campaign.status().takesSignatures() || undelivered == 0) {
            return NOT_DUE;
        }
        if (undelivered >= policy.everySignatures()) {
            return REGULAR;
        }
        Instant since = row.lastBatchAt() != null ? row.lastBatchAt() : row.createdAt();
        return Duration.between(since, now).compareTo(policy.every()) >= 0 ? REGULAR : NOT_DUE;
    }
}
