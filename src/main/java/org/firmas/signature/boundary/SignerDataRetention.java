package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.firmas.campaign.boundary.SigningClosedStamp;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignReopened;
import org.firmas.signature.control.UsedChallenges;
import org.firmas.signature.entity.SignerKey;
import org.firmas.signature.entity.SignersErased;

/**
 * Keeps signers' personal data only as long as a campaign needs it: a set number of days after
 * the campaign closes, names, addresses, phone numbers, ZIP codes and comments are blanked and the
 * signers' links deleted; delivery drops their queued mails in the same transaction
 * ({@link SignersErased}). Their consents to news, the partner's too, go with them. The rows stay
 * with their status, area and source, so counts and the per-area and per-source pictures survive.
 */
@ApplicationScoped
public class SignerDataRetention {

    private static final String OF_CAMPAIGN = "erased_at IS NULL AND campaign_id = ?";
    private static final String OF_ADDRESS = "erased_at IS NULL AND " + SignerKey.SQL;

    @PersistenceContext
    EntityManager em;

    @Inject
    SigningClosedStamp closedStamp;

    @Inject
    Event<SignersErased> erasedSigners;

    @Inject
    UsedChallenges usedChallenges;

    /** Remembers when a campaign stopped taking signatures, and forgets it if the campaign reopens. */
    @Transactional
    public void noteStatus(Campaign campaign, Instant now) {
        if (campaign.definition().status().takesSignatures()) {
            closedStamp.noteTakingSignatures(campaign.id());
        } else {
            closedStamp.noteClosed(campaign.id(), now);
        }
    }

    /**
     * A campaign opened again is no longer closed, at once and in the transaction that opens it,
     * so no retention check in between erases the signers it takes signatures from again.
     */
    void onReopened(@Observes CampaignReopened reopened) {
        closedStamp.noteReopened(reopened.campaignId());
    }

    /** Erases the personal data of every signer of a campaign closed before the cutoff; returns how many. */
    @Transactional
    public int eraseClosedBefore(Instant cutoff, Instant now) {
        int erased = 0;
        for (long campaignId : closedStamp.campaignsClosedBefore(cutoff)) {
            erased += erase(OF_CAMPAIGN, now, campaignId).size();
        }
        return erased;
    }

    /**
     * Erases one signer's personal data on every campaign at once, at their own request (the "my
     * data" page), exactly as retention does; the ids of the signatures it erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> eraseSigner(String emailKey, Instant now) {
        return erase(OF_ADDRESS, now, SignerKey.parameters(emailKey));
    }

    private List<Long> erase(String erasable, Instant now, Object... which) {
        List<Long> ids = ((List<?>) bound(em.createNativeQuery("SELECT id FROM signature WHERE " + erasable + " ORDER BY id"), 1, which)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        bound(em.createNativeQuery("DELETE FROM signer_token WHERE signature_id IN (SELECT id FROM signature WHERE " + erasable + ")"),
                1, which).executeUpdate();
        erasedSigners.fire(new SignersErased(ids));
        bound(em.createNativeQuery("UPDATE signature SET email = '', email_key = 'erased:' || CAST(id AS VARCHAR(20)), "
                        + "email_domain_key = '', first_name = '', last_name = '', zip = '', phone = NULL, signer_comment = NULL, "
                        + "ip_key = NULL, listed_publicly = FALSE, wants_updates = FALSE, partner_opt_in = FALSE, erased_at = ? WHERE " + erasable)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)), 2, which)
                .executeUpdate();
        return ids;
    }

    private static Query bound(Query query, int first, Object... values) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(first + i, values[i]);
        }
        return query;
    }

    /** Spent proof-of-work puzzles are kept only until they expire, when they could not be used again anyway. */
    @Transactional
    public int forgetSpentPuzzles() {
        return usedChallenges.purgeExpired();
    }
}
