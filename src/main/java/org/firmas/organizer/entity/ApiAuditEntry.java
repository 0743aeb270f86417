package org.firmas.organizer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One use of an API key on a campaign's signatures: which key, whose, which campaign, what and when; never whose signature. */
@Entity
@Table(name = "api_audit")
public class ApiAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_audit_seq")
    @SequenceGenerator(name = "api_audit_seq", sequenceName = "api_audit_seq", allocationSize = 10)
    private Long id;

    @Column(name = "key_id", nullable = false)
    private long keyId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    /** A name from {@code ApiUse}; the table's CHECK knows them. */
    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApiAuditEntry() {
    }

    public ApiAuditEntry(long keyId, long accountId, long campaignId, String action, Instant createdAt) {
        this.keyId = keyId;
        this.accountId = accountId;
        this.campaignId = campaignId;
        this.action = action;
        this.createdAt = createdAt;
    }
}
