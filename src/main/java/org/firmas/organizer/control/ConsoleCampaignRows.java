package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.CampaignReopened;

/** The campaign rows the console reads and writes, each call its own transaction. */
@ApplicationScoped
public class ConsoleCampaignRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CampaignReopened> reopened;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CampaignRecord> find(long id) {
        return Optional.ofNullable(em.find(CampaignRecord.class, id));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean slugExists(String slug) {
        return em.createNamedQuery(CampaignRecord.FIND_BY_SLUG, CampaignRecord.class)
                .setParameter("slug", slug).getResultStream().findFirst().isPresent();
    }

    /** Inserts a new console campaign; a slug taken meanwhile fails the unique constraint. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(String slug, String yaml, String areasCsv, long ownerId) {
        CampaignRecord row = CampaignRecord.console(slug, yaml, areasCsv, ownerId, clock.instant());
        em.persist(row);
        em.flush();
        return row.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(long id, String yaml, String areasCsv) {
        em.find(CampaignRecord.class, id).redefine(yaml, areasCsv, clock.instant());
    }

    /**
     * Redefines a finished campaign, as it was read ({@code finished}), as open again, unless it
     * stopped taking signatures before the cutoff (its signers' data is erased, or about to be) or
     * its row has changed since. The row is locked while this is decided, and retention and
     * delivery hear of it in the same transaction (they forget its closing and its final batch).
     * False when too late or changed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reopen(long id, String finished, String yaml, Instant cutoff) {
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

    /** When retention noted that the campaign stopped taking signatures, if it has. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> closedAt(long id) {
        return closedAtOf(id);
    }

    private Optional<Instant> closedAtOf(long id) {
        List<?> found = em.createNativeQuery("SELECT closed_at FROM campaign WHERE id = ? AND closed_at IS NOT NULL")
                .setParameter(1, id).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(instant(found.get(0)));
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        throw new IllegalStateException("closed_at read as " + value.getClass().getName());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void archive(long id) {
        em.find(CampaignRecord.class, id).archive(clock.instant());
    }

    /** Gives the campaign to an organizer, or back to admins only with null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void assignOwner(long id, Long ownerId) {
        em.createQuery("update CampaignRecord c set c.ownerId = :owner where c.id = :id")
                .setParameter("owner", ownerId).setParameter("id", id).executeUpdate();
    }

    /** Every campaign row, or only those an organizer owns. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<CampaignRecord> visibleTo(long accountId, boolean admin) {
        return admin
                ? em.createQuery("select c from CampaignRecord c order by c.slug", CampaignRecord.class).getResultList()
                : em.createQuery("select c from CampaignRecord c where c.ownerId = :owner order by c.slug", CampaignRecord.class)
                        .setParameter("owner", accountId).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Object[]> liveConsoleStamps() {
        return em.createNamedQuery(CampaignRecord.CONSOLE_STAMPS, Object[].class).getResultList();
    }
}
