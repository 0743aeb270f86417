package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.entity.BatchClock;
import org.firmas.campaign.entity.CampaignDefinition;
import org.junit.jupiter.api.Test;

/** When a closed campaign's officials get a final batch: once, and after a reopening only with new signers. */
class DeliveryDueTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void aClosedCampaignThatSentBatchesOwesOneFinalBatchEvenWithNobodyNew() throws CampaignFileException {
        BatchClock row = clock(NOW.minusSeconds(3600), null);

        assertEquals(DeliveryDue.FINAL, DeliveryDue.check(closed(), row, 0, NOW, false));
    }

    @Test
    void aCampaignClosedAgainAfterItsFinalBatchMailsOnlyIfThereAreNewSigners() throws CampaignFileException {
        BatchClock row = clock(NOW.minusSeconds(3600), null);

        assertEquals(DeliveryDue.NOT_DUE, DeliveryDue.check(closed(), row, 0, NOW, true), "the officials had the final word");
        assertEquals(DeliveryDue.FINAL, DeliveryDue.check(closed(), row, 2, NOW, true), "two signers they have not seen");
    }

    @Test
    void aFinalBatchGoesOnce() throws CampaignFileException {
        BatchClock row = clock(NOW.minusSeconds(3600), NOW.minusSeconds(60));

        assertEquals(DeliveryDue.NOT_DUE, DeliveryDue.check(closed(), row, 3, NOW, false));
    }

    private static BatchClock clock(Instant lastBatchAt, Instant finalBatchAt) {
        return new BatchClock(NOW.minusSeconds(86_400), lastBatchAt, finalBatchAt, Optional.empty());
    }

    private static CampaignDefinition closed() throws CampaignFileException {
        return CampaignTextParser.parse("due", "status: closed\ngoal: 10\ntexts:\n"
                + "  en:\n    title: T\n    summary: S.\n    body: B.\n    petition: P.\n"
                + "  es:\n    title: T\n    summary: S.\n    body: B.\n    petition: P.\n"
                + "targets:\n  - name: Board\n    title: County Board\n    email: board@example.org\n", null);
    }
}
