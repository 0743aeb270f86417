package org.firmas.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignStatusChanged;
import org.firmas.milestone.entity.MilestoneReached;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.IdListStatements;
import org.firmas.signature.boundary.ConfirmedSigners;
import org.firmas.signature.entity.SignatureConfirmed;
import org.firmas.signature.entity.SignersErased;
import org.firmas.update.entity.UpdateSent;
import org.firmas.webhook.entity.WebhookDelivery;
import org.firmas.webhook.entity.WebhookEndpoint;
import org.firmas.webhook.entity.WebhookEvent;

/**
 * Queues a delivery for each endpoint that listens, in the transaction of the event's cause (a
 * synchronous observer joins it): a signature confirmed is a delivery queued, or neither happened.
 * Each cause happens once (a conditional update or a keyed insert decides it), and the row's key
 * (endpoint, event, subject) refuses a second delivery of the same thing should one come.
 */
@ApplicationScoped
public class WebhookQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldCipher cipher;

    @Inject
    CampaignCatalog catalog;

    @Inject
    ConfirmedSigners signers;

    void onConfirmed(@Observes SignatureConfirmed confirmed) {
        queue(confirmed.campaignId(), WebhookEvent.SIGNATURE_CONFIRMED, "signature:" + confirmed.signatureId(), confirmed.signatureId(),
                () -> signers.of(confirmed.signatureId()).map(signer -> WebhookBodies.signatureConfirmed(slug(confirmed.campaignId()), signer))
                        .orElse(null));
    }

    void onMilestone(@Observes MilestoneReached reached) {
        queue(reached.campaignId(), WebhookEvent.MILESTONE_REACHED, "milestone:" + reached.signatures(), null,
                () -> WebhookBodies.milestoneReached(slug(reached.campaignId()), reached.campaignId(), reached.signatures(), reached.reachedAt()));
    }

    void onUpdateSent(@Observes UpdateSent sent) {
        queue(sent.campaignId(), WebhookEvent.UPDATE_SENT, "update:" + sent.updateId(), null,
                () -> WebhookBodies.updateSent(slug(sent.campaignId()), sent.updateId(), sent.sentAt()));
    }

    /** Erasing signers (a withdrawal, retention) deletes the deliveries about them, posted or not, in the same transaction. */
    void onErased(@Observes SignersErased erased) {
        IdListStatements.update(em, "DELETE FROM webhook_delivery WHERE signature_id", erased.signatureIds());
    }

    /** Fired in the transaction that stores the change (the console's, or a closing at the deadline). */
    void onStatusChanged(@Observes CampaignStatusChanged changed) {
        if (!changed.to().isFinished() || changed.from().isFinished()) {
            return;
        }
        String status = changed.to().name().toLowerCase(Locale.ROOT);
        queue(changed.campaignId(), WebhookEvent.CAMPAIGN_FINISHED, "status:" + status, null,
                () -> WebhookBodies.campaignFinished(slug(changed.campaignId()), changed.campaignId(), status, clock.instant()));
    }

    /** The body is built only when some endpoint listens, so an event nobody hears costs one small query. */
    private void queue(long campaignId, WebhookEvent event, String subject, Long signatureId, Supplier<String> body) {
        List<WebhookEndpoint> listening = em.createNamedQuery(WebhookEndpoint.LISTENING, WebhookEndpoint.class)
                .setParameter("campaign", campaignId).getResultList().stream().filter(endpoint -> endpoint.hears(event)).toList();
        if (listening.isEmpty()) {
            return;
        }
        String json = body.get();
        if (json == null) {
            return;
        }
        String sealed = cipher.encrypt(json);
        for (WebhookEndpoint endpoint : listening) {
            long queued = em.createNamedQuery(WebhookDelivery.EXISTS, Long.class).setParameter("endpoint", endpoint.getId())
                    .setParameter("event", event).setParameter("subject", subject).getSingleResult();
            if (queued == 0) {
                em.persist(new WebhookDelivery(endpoint.getId(), event, subject, signatureId, sealed, clock.instant()));
            }
        }
    }

    private String slug(long campaignId) {
        return catalog.findById(campaignId).map(Campaign::slug).orElse("campaign-" + campaignId);
    }
}
