package org.firmas.webhook.control;

import static org.firmas.webhook.entity.DeliveryStatus.DEAD;
import static org.firmas.webhook.entity.DeliveryStatus.PENDING;
import static org.firmas.webhook.entity.DeliveryStatus.SENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.FieldCipher;
import org.firmas.webhook.entity.WebhookDelivery;
import org.firmas.webhook.entity.WebhookEndpoint;

/**
 * The deliveries' state changes, each committed on its own before the sender's next HTTP step,
 * as the outbox's are: no transaction stays open while a receiver answers. A claim is a lease on
 * rows locked with SKIP LOCKED, so two senders on any nodes never hold the same delivery; a lease
 * left by a node that died runs out and the delivery is claimed again.
 */
@ApplicationScoped
// Each change commits before the next HTTP step, so other nodes see it and a crash leaves it recorded.
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookClaims {

    static final String DUE = "SELECT d.id FROM webhook_delivery d WHERE d.status = " + PENDING.literal()
            + " AND d.next_attempt_at <= ? AND (d.claimed_until IS NULL OR d.claimed_until < ?)"
            + " AND d.endpoint_id IN (SELECT e.id FROM webhook_endpoint e WHERE e.enabled = TRUE)"
            + " ORDER BY d.next_attempt_at, d.id LIMIT ? FOR UPDATE SKIP LOCKED";
    static final String MARK_SENT = "UPDATE webhook_delivery SET status = " + SENT.literal() + ", sent_at = ?, "
            + "claimed_until = NULL, body = NULL, last_http_status = ?, last_error = NULL WHERE id = ? AND status = " + PENDING.literal();
    static final String MARK_DEAD = "UPDATE webhook_delivery SET status = " + DEAD.literal() + ", claimed_until = NULL, "
            + "body = NULL, last_http_status = NULLIF(CAST(? AS INTEGER), 0), last_error = ? WHERE id = ? AND status = " + PENDING.literal();
    static final String RETRY_AT = "UPDATE webhook_delivery SET next_attempt_at = ?, claimed_until = NULL, "
            + "last_http_status = NULLIF(CAST(? AS INTEGER), 0), last_error = ? WHERE id = ? AND status = " + PENDING.literal();

    @PersistenceContext
    EntityManager em;

    @Inject
    WebhookTally tally;

    @Inject
    Clock clock;

    @Inject
    FieldCipher cipher;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.lease-seconds")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.retry-base-seconds")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "firmas.webhooks.max-attempts")
    int maxAttempts;

    /** Claims up to {@code limit} due deliveries of enabled endpoints, counting the attempt now. */
    public List<Claimed> claim(int limit) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE).setParameter(1, now).setParameter(2, now).setParameter(3, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String idList = ids.stream().map(id -> Long.toString(id.longValue())).collect(Collectors.joining(","));
        Instant lease = now.toInstant().plusSeconds(leaseSeconds);
        em.createNativeQuery("UPDATE webhook_delivery SET claimed_until = ?, attempts = attempts + 1, last_attempt_at = ? "
                        + "WHERE id IN (" + idList + ")")
                .setParameter(1, lease.atOffset(ZoneOffset.UTC)).setParameter(2, now).executeUpdate();
        return em.createNamedQuery(WebhookDelivery.WITH_IDS, WebhookDelivery.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultStream().map(delivery -> opened(delivery, lease)).toList();
    }

    private Claimed opened(WebhookDelivery delivery, Instant lease) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
        return new Claimed(delivery.getId(), endpoint.getId(), delivery.getDeliveryKey(), delivery.getEvent(),
                cipher.decrypt(delivery.getBody()), endpoint.getUrl(), cipher.decrypt(endpoint.getSecret()), delivery.getAttempts(), lease);
    }

    /** A delivery its receiver took, with the status it answered. */
    public record Accepted(Claimed delivery, int httpStatus) {
    }

    /** The receivers took them: their bodies, personal data and all, are dropped, all in one commit. */
    public void markSent(List<Accepted> accepted) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (Accepted sent : accepted) {
            em.createNativeQuery(MARK_SENT).setParameter(1, now).setParameter(2, sent.httpStatus())
                    .setParameter(3, sent.delivery().id()).executeUpdate();
            tally.sent();
        }
    }

    /** A permanent failure, or the last attempt, ends the delivery (dead letter); any other waits its backoff. */
    public void markFailed(Claimed delivery, WebhookFailure failure) {
        if (failure.permanent() || delivery.attempts() >= maxAttempts) {
            em.createNativeQuery(MARK_DEAD).setParameter(1, statusOrZero(failure)).setParameter(2, failure.reason())
                    .setParameter(3, delivery.id()).executeUpdate();
            tally.failed(true);
            return;
        }
        Instant next = clock.instant().plus(new Backoff(retryBaseSeconds, ThreadLocalRandom.current()::nextDouble)
                .after(delivery.attempts()));
        em.createNativeQuery(RETRY_AT).setParameter(1, next.atOffset(ZoneOffset.UTC)).setParameter(2, statusOrZero(failure))
                .setParameter(3, failure.reason()).setParameter(4, delivery.id()).executeUpdate();
        tally.failed(false);
    }

    /** No HTTP status (a timeout, a refused address) is stored as none. */
    private static int statusOrZero(WebhookFailure failure) {
        return failure.httpStatus() == null ? 0 : failure.httpStatus();
    }
}
