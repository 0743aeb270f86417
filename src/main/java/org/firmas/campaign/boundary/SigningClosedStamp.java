package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.firmas.campaign.entity.CampaignRecord;

/**
 * When a campaign stopped taking signatures, kept on its row for the retention of its signers'
 * data. Every call joins the caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SigningClosedStamp {

    @PersistenceContext
    EntityManager em;

    /** Notes that the campaign stopped taking signatures now, unless that is noted already. */
    public void noteClosed(long campaignId, Instant now) {
        em.createNamedQuery(CampaignRecord.NOTE_CLOSED)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, campaignId).executeUpdate();
    }

    /** The campaign takes signatures (again): its closing, if noted, is forgotten. */
    public void noteTakingSignatures(long campaignId) {
        em.createNamedQuery(CampaignRecord.FORGET_CLOSED).setParameter(1, campaignId).executeUpdate();
    }

    /** The campaign was opened again, in this transaction: no retention check may count it closed. */
    public void noteReopened(long campaignId) {
        em.createNamedQuery(CampaignRecord.REOPENED_FORGET_CLOSED).setParameter(1, campaignId).executeUpdate();
    }

    /** Campaigns that stopped taking signatures, or were archived, before the cutoff. */
    public List<Long> campaignsClosedBefore(Instant cutoff) {
        List<?> ids = em.createNamedQuery(CampaignRecord.CLOSED_BEFORE).setParameter(1, cutoff.atOffset(ZoneOffset.UTC)).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
