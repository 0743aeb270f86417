package org.firmas.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The database row behind a campaign: its id, where its definition lives, and its delivery clock. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = CampaignRecord.FIND_BY_SLUG, query = "select c from CampaignRecord c where c.slug = :slug")
public class CampaignRecord {

    public static final String FIND_BY_SLUG = "CampaignRecord.findBySlug";

    public enum Source { FILE, CONSOLE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_batch_at")
    private Instant lastBatchAt;

    @Column(name = "final_batch_at")
    private Instant finalBatchAt;

    protected CampaignRecord() {
    }

    public CampaignRecord(String slug, Source source, Instant createdAt) {
        this.slug = slug;
        this.source = source.name();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastBatchAt() {
        return lastBatchAt;
    }

    public void setLastBatchAt(Instant lastBatchAt) {
        this.lastBatchAt = lastBatchAt;
    }

    public Instant getFinalBatchAt() {
        return finalBatchAt;
    }

    public void setFinalBatchAt(Instant finalBatchAt) {
        this.finalBatchAt = finalBatchAt;
    }
}
