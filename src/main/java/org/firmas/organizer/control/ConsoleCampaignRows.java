package org.firmas.organizer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;

/** The campaign rows the console reads and writes, each call its own transaction. */
@ApplicationScoped
public class ConsoleCampaignRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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
