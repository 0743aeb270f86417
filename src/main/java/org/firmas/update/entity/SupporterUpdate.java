package org.firmas.update.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One update of a campaign, from draft to sent, with its texts by language; queuedThrough is how far queueing got. */
@Entity
@Table(name = "supporter_update")
@NamedQuery(name = SupporterUpdate.OF_CAMPAIGN,
        query = "select u from SupporterUpdate u where u.campaignId = :campaign order by u.createdAt desc, u.id desc")
@NamedQuery(name = SupporterUpdate.BY_ORIGIN,
        query = "select u from SupporterUpdate u where u.campaignId = :campaign and u.origin = :origin")
@NamedQuery(name = SupporterUpdate.SENDING,
        query = "select u.id from SupporterUpdate u where u.status = org.firmas.update.entity.UpdateStatus.SENDING order by u.id")
public class SupporterUpdate {

    /** (campaign): its updates, newest first. */
    public static final String OF_CAMPAIGN = "SupporterUpdate.ofCampaign";
    /** (campaign, origin): the update a cause prepared. */
    public static final String BY_ORIGIN = "SupporterUpdate.byOrigin";
    /** Ids of the updates being queued. */
    public static final String SENDING = "SupporterUpdate.sending";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supporter_update_seq")
    @SequenceGenerator(name = "supporter_update_seq", sequenceName = "supporter_update_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpdateStatus status;

    private String origin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supporter_update_text", joinColumns = @JoinColumn(name = "update_id"))
    @MapKeyColumn(name = "language")
    private Map<String, UpdateText> texts = new HashMap<>();

    @Column(nullable = false)
    private String audience;

    @Column(name = "organizer_id")
    private Long organizerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "queued_through", nullable = false)
    private long queuedThrough;

    @Column(name = "queued_count", nullable = false)
    private long queuedCount;

    protected SupporterUpdate() {
    }

    public SupporterUpdate(long campaignId, UpdateStatus status, String origin, UpdateDraft draft, Long organizerId, Instant now) {
        this.campaignId = campaignId;
        this.status = status;
        this.origin = origin;
        this.organizerId = organizerId;
        this.createdAt = now;
        write(draft);
    }

    /** A new text; an update prepared by a cause becomes the organizer's once they save it. */
    public void write(UpdateDraft draft) {
        texts.keySet().retainAll(draft.languages());
        for (String language : draft.languages()) {
            UpdateText kept = texts.get(language);
            if (kept == null || !kept.subject().equals(draft.subject(language)) || !kept.body().equals(draft.body(language))) {
                texts.put(language, new UpdateText(draft.subject(language), draft.body(language)));
            }
        }
        this.audience = draft.audience();
    }

    public void editedBy(long organizer) {
        this.organizerId = organizer;
    }

    public void startSending(Instant now) {
        this.status = UpdateStatus.SENDING;
        this.sentAt = now;
    }

    /** Recipients up to this signature are in the outbox. */
    public void queued(long throughSignature, int more) {
        this.queuedThrough = throughSignature;
        this.queuedCount += more;
    }

    public void allQueued() {
        this.status = UpdateStatus.SENT;
    }

    public UpdateDraft draft() {
        Map<String, String> subjects = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        texts.forEach((language, text) -> {
            subjects.put(language, text.subject());
            bodies.put(language, text.body());
        });
        return new UpdateDraft(subjects, bodies, audience);
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public UpdateStatus getStatus() {
        return status;
    }

    public String getOrigin() {
        return origin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getQueuedThrough() {
        return queuedThrough;
    }

    public long getQueuedCount() {
        return queuedCount;
    }
}
