package org.firmas.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** Where a campaign's events go. The secret is stored encrypted; only the creation shows it. */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = WebhookEndpoint.OF_CAMPAIGN,
        query = "select e from WebhookEndpoint e where e.campaignId = :campaign order by e.id")
@NamedQuery(name = WebhookEndpoint.LISTENING,
        query = "select e from WebhookEndpoint e where e.campaignId = :campaign and e.enabled = true order by e.id")
public class WebhookEndpoint {

    public static final String OF_CAMPAIGN = "WebhookEndpoint.ofCampaign";
    /** (campaign): the enabled endpoints, those that hear of new events. */
    public static final String LISTENING = "WebhookEndpoint.listening";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private String events;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(long campaignId, String url, Set<WebhookEvent> events, String encryptedSecret, Instant createdAt) {
        this.campaignId = campaignId;
        this.url = url;
        this.events = WebhookEvent.stored(events);
        this.secret = encryptedSecret;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public boolean hears(WebhookEvent event) {
        return enabled && events().contains(event);
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getUrl() {
        return url;
    }

    public Set<WebhookEvent> events() {
        return WebhookEvent.fromStored(events);
    }

    public String getSecret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
