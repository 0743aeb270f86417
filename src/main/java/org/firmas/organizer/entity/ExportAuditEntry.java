package org.firmas.organizer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One download of a campaign's signatures: who took how many rows of which campaign, and when. */
@Entity
@Table(name = "export_audit")
public class ExportAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_audit_seq")
    @SequenceGenerator(name = "export_audit_seq", sequenceName = "export_audit_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ExportAuditEntry() {
    }

    public ExportAuditEntry(long campaignId, long accountId, long rowCount, Instant createdAt) {
        this.campaignId = campaignId;
        this.accountId = accountId;
        this.rowCount = rowCount;
        this.createdAt = createdAt;
    }
}
