package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firmas.campaign.entity.CampaignReopened;

/**
 * A campaign opened again may close again: its final batch is forgotten so that closing sends
 * another, which {@link DeliveryDue} sends only with signers the officials have not been sent.
 */
@ApplicationScoped
public class ReopenedCampaigns {

    @PersistenceContext
    EntityManager em;

    void onReopened(@Observes CampaignReopened reopened) {
        em.createNativeQuery("UPDATE campaign SET final_batch_at = NULL WHERE id = ?")
                .setParameter(1, reopened.campaignId()).executeUpdate();
    }
}
