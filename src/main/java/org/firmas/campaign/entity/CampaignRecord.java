package org.firmas.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The database row behind a campaign: its id, where its definition lives, and its delivery clock.
 * Only the campaign capability reads or writes it; {@code closed_at} (when signing stopped, kept for
 * retention) is not mapped and is read and written by the native queries below.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = CampaignRecord.FIND_BY_SLUG, query = "select c from CampaignRecord c where c.slug = :slug")
@NamedQuery(name = CampaignRecord.CONSOLE_STAMPS, query = "select c.id, c.slug, c.updatedAt from CampaignRecord c "
        + "where c.source = :source and c.archivedAt is null")
@NamedQuery(name = CampaignRecord.ALL, query = "select c from CampaignRecord c order by c.slug")
@NamedQuery(name = CampaignRecord.OWNED_BY, query = "select c from CampaignRecord c where c.ownerId = :owner order by c.slug")
@NamedQuery(name = CampaignRecord.ASSIGN_OWNER, query = "update CampaignRecord c set c.ownerId = :owner where c.id = :id")
@NamedNativeQuery(name = CampaignRecord.CLOSED_AT, query = "SELECT closed_at FROM campaign WHERE id = ? AND closed_at IS NOT NULL")
@NamedNativeQuery(name = CampaignRecord.NOTE_CLOSED, query = "UPDATE campaign SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
@NamedNativeQuery(name = CampaignRecord.FORGET_CLOSED, query = "UPDATE campaign SET closed_at = NULL WHERE id = ? AND closed_at IS NOT NULL")
@NamedNativeQuery(name = CampaignRecord.REOPENED_FORGET_CLOSED, query = "UPDATE campaign SET closed_at = NULL WHERE id = ?")
@NamedNativeQuery(name = CampaignRecord.CLOSED_BEFORE, query = "SELECT id FROM campaign WHERE COALESCE(closed_at, archived_at) < ?")
@NamedNativeQuery(name = CampaignRecord.FORGET_FINAL_BATCH, query = "UPDATE campaign SET final_batch_at = NULL WHERE id = ?")
public class CampaignRecord {

    public static final String FIND_BY_SLUG = "CampaignRecord.findBySlug";
    /** Id, slug and last change of every live console campaign: enough to tell what to reload. */
    public static final String CONSOLE_STAMPS = "CampaignRecord.consoleStamps";
    public static final String ALL = "CampaignRecord.all";
    public static final String OWNED_BY = "CampaignRecord.ownedBy";
    public static final String ASSIGN_OWNER = "CampaignRecord.assignOwner";
    public static final String CLOSED_AT = "CampaignRecord.closedAt";
    public static final String NOTE_CLOSED = "CampaignRecord.noteClosed";
    public static final String FORGET_CLOSED = "CampaignRecord.forgetClosed";
    public static final String REOPENED_FORGET_CLOSED = "CampaignRecord.reopenedForgetClosed";
    /** Campaigns that stopped taking signatures, or were archived, before a cutoff. */
    public static final String CLOSED_BEFORE = "CampaignRecord.closedBefore";
    public static final String FORGET_FINAL_BATCH = "CampaignRecord.forgetFinalBatch";

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

    /** A console campaign's definition, in the campaign file format; null for a file campaign. */
    @Column(name = "definition")
    private String definition;

    @Column(name = "areas_csv")
    private String areasCsv;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected CampaignRecord() {
    }

    public CampaignRecord(String slug, Source source, Instant createdAt) {
        this.slug = slug;
        this.source = source.name();
        this.createdAt = createdAt;
    }

    /** A campaign made in the console: its definition lives in this row. */
    public static CampaignRecord console(String slug, String definition, String areasCsv, long ownerId, Instant now) {
        CampaignRecord row = new CampaignRecord(slug, Source.CONSOLE, now);
        row.ownerId = ownerId;
        row.redefine(definition, areasCsv, now);
        return row;
    }

    public void redefine(String definition, String areasCsv, Instant now) {
        this.definition = definition;
        this.areasCsv = areasCsv == null || areasCsv.isBlank() ? null : areasCsv;
        this.updatedAt = now;
    }

    public void archive(Instant now) {
        this.archivedAt = now;
        this.updatedAt = now;
    }

    public Source getSource() {
        return Source.valueOf(source);
    }

    public String getDefinition() {
        return definition;
    }

    public String getAreasCsv() {
        return areasCsv;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
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
