package org.firmas.campaign.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignStatus;
import org.junit.jupiter.api.Test;

class StoredCampaignStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aConsoleRowSaysItsOwnStatusWhateverANodesCatalogStillHolds() {
        assertEquals(Optional.of(CampaignStatus.OPEN), StoredCampaignStatus.of(row("status: \"open\"\ngoal: 10\n")));
        assertEquals(Optional.of(CampaignStatus.WON), StoredCampaignStatus.of(row("goal: 10\nstatus: won\n")));
    }

    @Test
    void aFileCampaignOrAnUnreadableRowLeavesTheCatalogToDecide() {
        assertEquals(Optional.empty(), StoredCampaignStatus.of(new CampaignRecord("from-a-file", CampaignRecord.Source.FILE, NOW)));
        assertEquals(Optional.empty(), StoredCampaignStatus.of(row("status: [open\n")));
        assertEquals(Optional.empty(), StoredCampaignStatus.of(row("status: reopened\n")));
    }

    private static CampaignRecord row(String yaml) {
        return CampaignRecord.console("a-campaign", yaml, null, 1, NOW);
    }
}
