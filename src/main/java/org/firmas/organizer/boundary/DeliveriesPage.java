package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.delivery.boundary.DeliveryActions;
import org.firmas.delivery.boundary.DeliveryLog;

/** A campaign's delivery log: every batch, every official's mail and its state, and two buttons. */
@Named
@ViewScoped
public class DeliveriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignAccess access;

    @Inject
    DeliveryLog log;

    @Inject
    DeliveryActions actions;

    @Inject
    CampaignCatalog catalog;

    @Inject
    ConsoleText text;

    private Long id;
    private boolean loaded;
    private String slug;
    private List<DeliveryLog.Batch> batches;

    public void load() {
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    private CampaignRecord refresh() {
        CampaignRecord row = access.require(id);
        slug = row.getSlug();
        batches = log.of(row.getId());
        return row;
    }

    public void sendNow() {
        CampaignRecord row = access.require(id);
        Campaign campaign = catalog.find(row.getSlug()).filter(served -> served.id() == row.getId()).orElse(null);
        long batch = campaign == null ? -1 : actions.sendNextBatchNow(campaign);
        message(batch > 0 ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                batch > 0 ? text.get("organize.deliveries.queued") : text.get("organize.deliveries.nothing"));
        refresh();
    }

    public void retry(long mailId) {
        boolean requeued = actions.retry(access.require(id).getId(), mailId);
        message(requeued ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                text.get(requeued ? "organize.deliveries.retrying" : "organize.deliveries.notFailed"));
        refresh();
    }

    private static void message(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (!loaded) {
            this.id = id;
        }
    }

    public String getSlug() {
        return slug;
    }

    public List<DeliveryLog.Batch> getBatches() {
        return batches;
    }
}
