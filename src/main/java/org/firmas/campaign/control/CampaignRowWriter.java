package org.firmas.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;

/**
 * Each call in its own transaction, so a failed insert leaves the caller free to look again: the
 * file watcher meets new files outside any transaction, and several nodes may insert the same slug.
 */
@ApplicationScoped
public class CampaignRowWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW) // reads the row another node may have just committed
    public Optional<Long> readIdOf(String slug) {
        return em.createNamedQuery(CampaignRecord.FIND_BY_SLUG, CampaignRecord.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(CampaignRecord::getId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW) // reads the row another node may have just committed
    public Optional<CampaignRecord.Source> sourceOf(String slug) {
        return em.createNamedQuery(CampaignRecord.FIND_BY_SLUG, CampaignRecord.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(CampaignRecord::getSource);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW) // a lost race fails only this insert
    public long insert(String slug, CampaignRecord.Source source) {
        CampaignRecord row = new CampaignRecord(slug, source, clock.instant());
        em.persist(row);
        em.flush();
        return row.getId();
    }
}
