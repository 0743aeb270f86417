package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.control.CampaignFileException;
import org.firmas.campaign.control.CampaignTextParser;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignReopened;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignStatusChanged;
import org.firmas.campaign.entity.StoredCampaign;

/**
 * The campaign rows the console reads. Writes go through {@link ConsoleCampaigns}, which checks the
 * text first; each commits on its own: the catalog reloads from the database right after, and a
 * lost insert race leaves the caller free to look again.
 */
@ApplicationScoped
public class ConsoleCampaignRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CampaignReopened> reopened;

    @Inject
    Event<CampaignStatusChanged> statusChanged;

    @Transactional
    public Optional<StoredCampaign> find(long id) {
        return Optional.ofNullable(em.find(CampaignRecord.class, id)).map(ConsoleCampaignRows::stored);
    }

    @Transactional
    public boolean slugExists(String slug) {
        return em.createNamedQuery(CampaignRecord.FIND_BY_SLUG, CampaignRecord.class)
                .setParameter("slug", slug).getResultStream().findFirst().isPresent();
    }

    /** Inserts a new console campaign; a slug taken meanwhile fails the unique constraint. */
    @Transactional(TxType.REQUIRES_NEW) // committed before the catalog reloads it
    long insert(String slug, String yaml, String areasCsv, long ownerId) {
        CampaignRecord row = CampaignRecord.console(slug, yaml, areasCsv, ownerId, clock.instant());
        em.persist(row);
        em.flush();
        return row.getId();
    }

    @Transactional(TxType.REQUIRES_NEW) // committed before the catalog reloads it
    void update(long id, String yaml, String areasCsv) {
        em.find(CampaignRecord.class, id).redefine(yaml, areasCsv, clock.instant());
    }

    /** Stores a status change; what hears of it (webhooks) is queued in the same transaction or not at all. */
    @Transactional(TxType.REQUIRES_NEW) // committed before the catalog reloads it
    void changeStatus(long id, String yaml, String areasCsv, CampaignStatus from, CampaignStatus to) {
        em.find(CampaignRecord.class, id).redefine(yaml, areasCsv, clock.instant());
        em.flush();
        statusChanged.fire(new CampaignStatusChanged(id, from, to));
    }

    /**
     * Redefines a finished campaign, as it was read ({@code finished}), as open again, unless it
     * stopped taking signatures before the cutoff (its signers' data is erased, or about to be) or
     * its row has changed since. The row is locked while this is decided, and retention and
     * delivery hear of it in the same transaction (they forget its closing and its final batch).
     * False when too late or changed.
     */
    @Transactional(TxType.REQUIRES_NEW) // committed before the catalog reloads it
    boolean reopen(long id, String finished, String yaml, Instant cutoff) {
        CampaignRecord row = em.find(CampaignRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        Optional<Instant> closedAt = closedAtOf(id);
        // Another admin reopened or edited it since this one read it: theirs stands.
        if (row == null || !finished.equals(row.getDefinition()) || closedAt.isPresent() && closedAt.get().isBefore(cutoff)) {
            return false;
        }
        row.redefine(yaml, row.getAreasCsv(), clock.instant());
        em.flush();
        reopened.fire(new CampaignReopened(id));
        return true;
    }

    /**
     * Closes an open campaign whose deadline has passed, as an organizer's "close" would. The row is
     * locked while its own text decides, so of two nodes (or a node and an organizer reopening it)
     * one closes it and the other finds nothing to do. False when there was nothing to close.
     */
    @Transactional(TxType.REQUIRES_NEW) // committed before the catalog reloads it
    boolean closeAtDeadline(long id) {
        CampaignRecord row = em.find(CampaignRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.getDefinition() == null) {
            return false;
        }
        CampaignDefinition stored;
        try {
            stored = CampaignTextParser.parse(row.getSlug(), row.getDefinition(), row.getAreasCsv());
        } catch (CampaignFileException unreadable) {
            return false; // the catalog keeps serving what it had; the console shows the row's mistakes
        }
        if (!stored.pastDeadline(clock.instant())) {
            return false;
        }
        row.redefine(CampaignFiles.text(stored.withStatus(CampaignStatus.CLOSED), row.getAreasCsv() != null),
                row.getAreasCsv(), clock.instant());
        // In the closing's own transaction, so what hears of it (webhooks) is queued with it or not at all.
        statusChanged.fire(new CampaignStatusChanged(id, stored.status(), CampaignStatus.CLOSED));
        return true;
    }

    /** When retention noted that the campaign stopped taking signatures, if it has. */
    @Transactional
    public Optional<Instant> closedAt(long id) {
        return closedAtOf(id);
    }

    private Optional<Instant> closedAtOf(long id) {
        List<?> found = em.createNamedQuery(CampaignRecord.CLOSED_AT).setParameter(1, id).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(SqlInstants.of(found.get(0)));
    }

    @Transactional(TxType.REQUIRES_NEW) // committed before the catalog reloads it
    void archive(long id) {
        em.find(CampaignRecord.class, id).archive(clock.instant());
    }

    /** Gives the campaign to an organizer, or back to admins only with null. */
    @Transactional
    public void assignOwner(long id, Long ownerId) {
        em.createNamedQuery(CampaignRecord.ASSIGN_OWNER).setParameter("owner", ownerId).setParameter("id", id).executeUpdate();
    }

    /** Every campaign row, or only those an organizer owns. */
    @Transactional
    public List<StoredCampaign> visibleTo(long accountId, boolean admin) {
        List<CampaignRecord> rows = admin
                ? em.createNamedQuery(CampaignRecord.ALL, CampaignRecord.class).getResultList()
                : em.createNamedQuery(CampaignRecord.OWNED_BY, CampaignRecord.class).setParameter("owner", accountId).getResultList();
        return rows.stream().map(ConsoleCampaignRows::stored).toList();
    }

    @Transactional
    List<Object[]> liveConsoleStamps() {
        return em.createNamedQuery(CampaignRecord.CONSOLE_STAMPS, Object[].class)
                .setParameter("source", CampaignRecord.Source.CONSOLE.name()).getResultList();
    }

    private static StoredCampaign stored(CampaignRecord row) {
        return new StoredCampaign(row.getId(), row.getSlug(), row.getSource() == CampaignRecord.Source.FILE, row.getDefinition(),
                row.getAreasCsv(), row.getOwnerId(), row.getArchivedAt());
    }
}
