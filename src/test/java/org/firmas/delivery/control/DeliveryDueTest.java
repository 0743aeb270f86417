package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.junit.jupiter.api.Test;

/** When a closed campaign's officials get a final batch: once, and after a reopening only with new signers. */
class DeliveryDueTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void aClosedCampaignThatSentBatchesOwesOneFinalBatchEvenWithNobodyNew() throws CampaignFileException {
        CampaignRecord row = row();
        row.setLastBatchAt(NOW.minusSeconds(3600));

        assertEquals(DeliveryDue.FINAL, DeliveryDue.check(closed(), row, 0, NOW, false));
    }

    @Test
    void aCampaignClosedAgainAfterItsFinalBatchMailsOnlyIfThereAreNewSigners() throws CampaignFileException {
        CampaignRecord row = row();
        row.setLastBatchAt(NOW.minusSeconds(3600));

        assertEquals(DeliveryDue.NOT_DUE, DeliveryDue.check(closed(), row, 0, NOW, true), "the officials had the final word");
        assertEquals(DeliveryDue.FINAL, DeliveryDue.check(closed(), row, 2, NOW, true), "two signers they have not seen");
    }

    @Test
    void aFinalBatchGoesOnce() throws CampaignFileException {
        CampaignRecord row = row();
        row.setLastBatchAt(NOW.minusSeconds(3600));
        row.setFinalBatchAt(NOW.minusSeconds(60));

        assertEquals(DeliveryDue.NOT_DUE, DeliveryDue.check(closed(), row, 3, NOW, false));
    }

    private static CampaignRecord row() {
        return CampaignRecord.console("due", "", null, 1, NOW.minusSeconds(86_400));
    }

    private static CampaignDefinition closed() throws CampaignFileException {
        return CampaignTextParser.parse("due", "status: closed\ngoal: 10\ntexts:\n"
                + "  en:\n    title: T\n    summary: S.\n    body: B.\n    petition: P.\n"
                + "  es:\n    title: T\n    summary: S.\n    body: B.\n    petition: P.\n"
                + "targets:\n  - name: Board\n    title: County Board\n    email: board@example.org\n", null);
    }
}
