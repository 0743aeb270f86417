package org.firmas.campaign.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class CampaignsReadinessTest {

    @Test
    void readyOnceBothTheFolderAndTheConsoleCampaignsWereRead() {
        CampaignsReadiness readiness = new CampaignsReadiness();
        assertEquals("campaign folder not read yet", reason(readiness));

        readiness.filesRead();
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
        assertEquals("console campaigns not loaded yet", reason(readiness));

        readiness.consoleRead();
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    }

    private static Object reason(CampaignsReadiness readiness) {
        return readiness.call().getData().orElseThrow().get("reason");
    }
}
