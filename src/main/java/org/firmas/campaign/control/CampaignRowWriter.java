package org.firmas.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;

/** Each call in its own transaction, so a failed insert leaves the caller free to look again. */
@ApplicationScoped
public class CampaignRowWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> find(String slug) {
        return em.createNamedQuery(CampaignRecord.FIND_BY_SLUG, CampaignRecord.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(CampaignRecord::getId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CampaignRecord.Source> sourceOf(String slug) {
        return em.createNamedQuery(CampaignRecord.FIND_BY_SLUG, CampaignRecord.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(CampaignRecord::getSource);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(String slug, CampaignRecord.Source source) {
        CampaignRecord row = new CampaignRecord(slug, source, clock.instant());
        em.persist(row);
        em.flush();
        return row.getId();
    }
}
