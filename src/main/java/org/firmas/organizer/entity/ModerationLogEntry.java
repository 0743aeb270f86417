package org.firmas.organizer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who hid, invalidated or released which signatures of a campaign, how, and how many. */
@Entity
@Table(name = "moderation_log")
public class ModerationLogEntry {

    public enum Action { HIDE, INVALIDATE_DOMAIN, INVALIDATE_ADDRESS, RELEASE, RELEASE_ALL, HIDE_SUSPECTS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_log_seq")
    @SequenceGenerator(name = "moderation_log_seq", sequenceName = "moderation_log_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String detail;

    @Column(nullable = false)
    private int affected;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ModerationLogEntry() {
    }

    public ModerationLogEntry(long campaignId, long accountId, Action action, String detail, int affected, Instant createdAt) {
        this.campaignId = campaignId;
        this.accountId = accountId;
        this.action = action.name();
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.affected = affected;
        this.createdAt = createdAt;
    }
}
