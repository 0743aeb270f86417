package org.firmas.webhook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.FieldCipher;
import org.firmas.webhook.control.AddressCheck;
import org.firmas.webhook.control.WebhookSignature;
import org.firmas.webhook.entity.AddResult;
import org.firmas.webhook.entity.DeliveryRow;
import org.firmas.webhook.entity.EndpointRow;
import org.firmas.webhook.entity.WebhookDelivery;
import org.firmas.webhook.entity.WebhookEndpoint;
import org.firmas.webhook.entity.WebhookEvent;

/**
 * A campaign's webhook endpoints, as the console manages them. The caller has checked that the
 * organizer may see the campaign; every call names it, so an endpoint of another campaign is
 * never touched.
 */
@ApplicationScoped
@Transactional
public class WebhookEndpoints {

    /** Deliveries the console lists per endpoint, newest first. */
    public static final int RECENT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldCipher cipher;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.allow-private-addresses")
    boolean allowPrivate;

    public List<EndpointRow> ofCampaign(long campaignId) {
        return em.createNamedQuery(WebhookEndpoint.OF_CAMPAIGN, WebhookEndpoint.class).setParameter("campaign", campaignId)
                .getResultStream().map(this::row).toList();
    }

    public AddResult add(long campaignId, String url, Set<WebhookEvent> events) {
        if (events.isEmpty()) {
            return new AddResult.NoEvents();
        }
        switch (new AddressCheck(allowPrivate).check(url)) {
            case BAD_URL:
                return new AddResult.BadUrl();
            case PRIVATE_ADDRESS:
                return new AddResult.PrivateAddress();
            case UNKNOWN_HOST:
                return new AddResult.UnknownHost();
            default:
                break;
        }
        String secret = WebhookSignature.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint(campaignId, url.strip(), events, cipher.encrypt(secret), clock.instant());
        em.persist(endpoint);
        em.flush();
        return new AddResult.Added(endpoint.getId(), secret);
    }

    /** Pauses or resumes an endpoint; its pending deliveries wait while it is paused. */
    public void enable(long campaignId, long endpointId, boolean on) {
        find(campaignId, endpointId).ifPresent(endpoint -> endpoint.enable(on));
    }

    /** Removes an endpoint with its deliveries, pending ones included. */
    public void delete(long campaignId, long endpointId) {
        find(campaignId, endpointId).ifPresent(em::remove);
    }

    private Optional<WebhookEndpoint> find(long campaignId, long endpointId) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, endpointId))
                .filter(endpoint -> endpoint.getCampaignId() == campaignId);
    }

    private EndpointRow row(WebhookEndpoint endpoint) {
        List<DeliveryRow> recent = em.createNamedQuery(WebhookDelivery.RECENT, WebhookDelivery.class)
                .setParameter("endpoint", endpoint.getId()).setMaxResults(RECENT).getResultStream()
                .map(delivery -> new DeliveryRow(delivery.getId(), delivery.getCreatedAt(), delivery.getEvent(), delivery.getStatus(),
                        delivery.getAttempts(), delivery.getLastHttpStatus(), delivery.getLastError(), delivery.getLastAttemptAt()))
                .toList();
        return new EndpointRow(endpoint.getId(), endpoint.getUrl(), endpoint.events(), endpoint.isEnabled(), recent);
    }
}
