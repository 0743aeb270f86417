package org.firmas.organizer.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.delivery.boundary.DeliveryActions;
import org.firmas.delivery.boundary.DeliveryLog;

/** A campaign's delivery log: every batch, every official's mail and its state, and two buttons. */
@Named
@ViewScoped
public class DeliveriesPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;

    @Inject
    DeliveryLog log;

    @Inject
    DeliveryActions actions;

    @Inject
    CampaignCatalog catalog;

    private List<DeliveryLog.Batch> batches;

    @Override
    protected void show(StoredCampaign row) {
        batches = log.of(row.id());
    }

    public void queueNextBatch() {
        StoredCampaign row = campaign();
        Campaign campaign = catalog.find(row.slug()).filter(served -> served.id() == row.id()).orElse(null);
        long batch = campaign == null ? -1 : actions.queueNextBatchNow(campaign);
        redirectAfter(batch > 0 ? ConsoleOutcome.QUEUED : ConsoleOutcome.NOTHING);
    }

    public void retry(long mailId) {
        boolean requeued = actions.retry(campaign().id(), mailId);
        redirectAfter(requeued ? ConsoleOutcome.RETRYING : ConsoleOutcome.NOT_FAILED);
    }

    public List<DeliveryLog.Batch> getBatches() {
        return batches;
    }
}
