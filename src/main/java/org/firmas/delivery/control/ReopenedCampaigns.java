package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.firmas.campaign.boundary.DeliveryClock;
import org.firmas.campaign.entity.CampaignReopened;

/**
 * A campaign opened again may close again: its final batch is forgotten so that closing sends
 * another, which {@link DeliveryDue} sends only with signers the officials have not been sent.
 */
@ApplicationScoped
public class ReopenedCampaigns {

    @Inject
    DeliveryClock clock;

    void onReopened(@Observes CampaignReopened reopened) {
        clock.forgetFinalBatch(reopened.campaignId());
    }
}
