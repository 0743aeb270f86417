package org.firmas.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one endpoint, written in the transaction of its cause. Its key is the
 * {@code Firmas-Webhook-Id} every attempt carries, so a receiver recognises a repeat.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.WITH_IDS, query = "select d from WebhookDelivery d where d.id in :ids order by d.id")
@NamedQuery(name = WebhookDelivery.RECENT,
        query = "select d from WebhookDelivery d where d.endpointId = :endpoint order by d.createdAt desc, d.id desc")
@NamedQuery(name = WebhookDelivery.EXISTS,
        query = "select count(d) from WebhookDelivery d where d.endpointId = :endpoint and d.event = :event and d.subject = :subject")
public class WebhookDelivery {

    public static final String WITH_IDS = "WebhookDelivery.withIds";
    /** (endpoint): newest first. */
    public static final String RECENT = "WebhookDelivery.recent";
    /** (endpoint, event, subject) */
    public static final String EXISTS = "WebhookDelivery.exists";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "delivery_key", nullable = false)
    private String deliveryKey;

    @Column(name = "endpoint_id", nullable = false)
    private long endpointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WebhookEvent event;

    @Column(nullable = false)
    private String subject;

    private String body;

    /** The signature a signature's delivery is about, so that erasing the signer deletes it. */
    @Column(name = "signature_id")
    private Long signatureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, WebhookEvent event, String subject, Long signatureId, String encryptedBody, Instant now) {
        this.deliveryKey = UUID.randomUUID().toString();
        this.endpointId = endpointId;
        this.event = event;
        this.subject = subject;
        this.signatureId = signatureId;
        this.body = encryptedBody;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getDeliveryKey() {
        return deliveryKey;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public WebhookEvent getEvent() {
        return event;
    }

    public String getBody() {
        return body;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Integer getLastHttpStatus() {
        return lastHttpStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }
}
