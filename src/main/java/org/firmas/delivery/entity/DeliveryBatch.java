package org.firmas.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One round of new signatures of a campaign, claimed in the transaction that created it. */
@Entity
@Table(name = "delivery_batch")
@NamedQuery(name = DeliveryBatch.COUNT_FINAL, query = "select count(b) from DeliveryBatch b "
        + "where b.campaignId = :campaign and b.finalBatch = true")
public class DeliveryBatch {

    /** How many final batches a campaign has had: more than none means it was closed and delivered before. */
    public static final String COUNT_FINAL = "DeliveryBatch.countFinal";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_batch_seq")
    @SequenceGenerator(name = "delivery_batch_seq", sequenceName = "delivery_batch_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signature_count", nullable = false)
    private int signatureCount;

    @Column(name = "total_count", nullable = false)
    private long totalCount;

    @Column(name = "final_batch", nullable = false)
    private boolean finalBatch;

    protected DeliveryBatch() {
    }

    public DeliveryBatch(long campaignId, Instant createdAt, boolean finalBatch) {
        this.campaignId = campaignId;
        this.createdAt = createdAt;
        this.finalBatch = finalBatch;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSignatureCount() {
        return signatureCount;
    }

    public long getTotalCount() {
        return totalCount;
    }

    public boolean isFinalBatch() {
        return finalBatch;
    }

    public void counted(int signatureCount, long totalCount) {
        this.signatureCount = signatureCount;
        this.totalCount = totalCount;
    }
}
