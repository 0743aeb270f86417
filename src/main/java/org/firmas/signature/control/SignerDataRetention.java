package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignReopened;

/**
 * Keeps signers' personal data only as long as a campaign needs it: a set number of days after
 * the campaign closes, names, addresses, phone numbers, ZIP codes and comments are blanked and the
 * signers' links and queued mails deleted. The rows stay with their status and area, so counts
 * and the per-area picture survive.
 */
@ApplicationScoped
public class SignerDataRetention {

    private static final String EXPIRED_CAMPAIGNS = "SELECT id FROM campaign WHERE COALESCE(closed_at, archived_at) < ?";
    private static final String ERASABLE = "erased_at IS NULL AND campaign_id IN (" + EXPIRED_CAMPAIGNS + ")";

    @PersistenceContext
    EntityManager em;

    /** Remembers when a campaign stopped taking signatures, and forgets it if the campaign reopens. */
    @Transactional
    public void noteStatus(Campaign campaign, Instant now) {
        if (campaign.definition().status().takesSignatures()) {
            em.createNativeQuery("UPDATE campaign SET closed_at = NULL WHERE id = ? AND closed_at IS NOT NULL")
                    .setParameter(1, campaign.id()).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE campaign SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, campaign.id()).executeUpdate();
        }
    }

    /**
     * A campaign opened again is no longer closed, at once and in the transaction that opens it,
     * so no retention check in between erases the signers it takes signatures from again.
     */
    void onReopened(@Observes CampaignReopened reopened) {
        em.createNativeQuery("UPDATE campaign SET closed_at = NULL WHERE id = ?").setParameter(1, reopened.campaignId()).executeUpdate();
    }

    /** Erases the personal data of every signer of a campaign closed before the cutoff; returns how many. */
    @Transactional
    public int eraseClosedBefore(Instant cutoff, Instant now) {
        Object before = cutoff.atOffset(ZoneOffset.UTC);
        em.createNativeQuery("DELETE FROM signer_token WHERE signature_id IN (SELECT id FROM signature WHERE " + ERASABLE + ")")
                .setParameter(1, before).executeUpdate();
        em.createNativeQuery("DELETE FROM outbox_message WHERE signature_id IN (SELECT id FROM signature WHERE " + ERASABLE + ")")
                .setParameter(1, before).executeUpdate();
        int erased = em.createNativeQuery("UPDATE signature SET email = '', email_key = 'erased:' || CAST(id AS VARCHAR(20)), "
                        + "email_domain_key = '', first_name = '', last_name = '', zip = '', phone = NULL, signer_comment = NULL, "
                        + "ip_key = NULL, listed_publicly = FALSE, wants_updates = FALSE, erased_at = ? WHERE " + ERASABLE)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, before)
                .executeUpdate();
        return erased;
    }
}
