package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.webhook.boundary.WebhookEndpoints;
import org.firmas.webhook.entity.AddResult;
import org.firmas.webhook.entity.DeliveryRow;
import org.firmas.webhook.entity.EndpointRow;
import org.firmas.webhook.entity.WebhookEvent;

/**
 * A campaign's webhook endpoints: the form that adds one (its secret shown on the answer to
 * that post, and never again), and each endpoint's events, recent deliveries and buttons to
 * pause, resume or delete it.
 */
@Named
@ViewScoped
public class WebhooksPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    ConsoleTime time;

    private List<EndpointRow> list = List.of();
    private String url;
    private boolean signatureConfirmed = true;
    private boolean milestoneReached;
    private boolean campaignFinished;
    private boolean updateSent;
    private String newSecret;

    @Override
    protected void show(StoredCampaign row) {
        list = endpoints.ofCampaign(row.id());
    }

    public void add() {
        StoredCampaign row = campaign();
        AddResult result = endpoints.add(row.id(), url, chosen());
        newSecret = null;
        if (result instanceof AddResult.Added added) {
            newSecret = added.secret();
            url = null;
            refresh();
            return;
        }
        String field = result instanceof AddResult.NoEvents ? "add:signatureConfirmed" : "add:url";
        String key = result instanceof AddResult.PrivateAddress ? "organize.webhooks.privateAddress"
                : result instanceof AddResult.UnknownHost ? "organize.webhooks.unknownHost"
                : result instanceof AddResult.NoEvents ? "organize.webhooks.noEvents" : "organize.webhooks.badUrl";
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get(key), null));
    }

    public void pause(long endpointId) {
        endpoints.enable(campaign().id(), endpointId, false);
        redirectAfter(ConsoleOutcome.WEBHOOK_PAUSED);
    }

    public void resume(long endpointId) {
        endpoints.enable(campaign().id(), endpointId, true);
        redirectAfter(ConsoleOutcome.WEBHOOK_RESUMED);
    }

    public void delete(long endpointId) {
        endpoints.delete(campaign().id(), endpointId);
        redirectAfter(ConsoleOutcome.WEBHOOK_DELETED);
    }

    private Set<WebhookEvent> chosen() {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (signatureConfirmed) {
            events.add(WebhookEvent.SIGNATURE_CONFIRMED);
        }
        if (milestoneReached) {
            events.add(WebhookEvent.MILESTONE_REACHED);
        }
        if (campaignFinished) {
            events.add(WebhookEvent.CAMPAIGN_FINISHED);
        }
        if (updateSent) {
            events.add(WebhookEvent.UPDATE_SENT);
        }
        return events;
    }

    public String eventName(WebhookEvent event) {
        return text.get("organize.webhooks.event." + event.name().toLowerCase(Locale.ROOT));
    }

    public String eventNames(EndpointRow endpoint) {
        return endpoint.events().stream().sorted().map(this::eventName).collect(Collectors.joining(", "));
    }

    public String status(DeliveryRow delivery) {
        return text.get("organize.webhooks.status." + delivery.status().name().toLowerCase(Locale.ROOT));
    }

    /** The receiver's last answer: its HTTP status, or why there was none. */
    public String lastAnswer(DeliveryRow delivery) {
        String status = delivery.lastHttpStatus() == null ? "" : "HTTP " + delivery.lastHttpStatus();
        String error = delivery.lastError() == null || delivery.lastError().equals(status) ? "" : delivery.lastError();
        return status.isEmpty() || error.isEmpty() ? status + error : status + " · " + error;
    }

    public String when(Instant at) {
        return at == null ? "" : time.text(at);
    }

    public String machineTime(Instant at) {
        return at == null ? "" : time.machine(at);
    }

    public List<EndpointRow> getEndpoints() {
        return list;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isSignatureConfirmed() {
        return signatureConfirmed;
    }

    public void setSignatureConfirmed(boolean on) {
        this.signatureConfirmed = on;
    }

    public boolean isMilestoneReached() {
        return milestoneReached;
    }

    public void setMilestoneReached(boolean on) {
        this.milestoneReached = on;
    }

    public boolean isCampaignFinished() {
        return campaignFinished;
    }

    public void setCampaignFinished(boolean on) {
        this.campaignFinished = on;
    }

    public boolean isUpdateSent() {
        return updateSent;
    }

    public void setUpdateSent(boolean on) {
        this.updateSent = on;
    }
}
