package org.firmas.signature.boundary;

import static org.firmas.signature.entity.SignatureStatus.CONFIRMED;
import static org.firmas.signature.entity.SignatureStatus.HIDDEN;
import static org.firmas.signature.entity.SignatureStatus.PENDING;
import static org.firmas.signature.entity.SignatureStatus.SUSPECT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.platform.FieldCipher;
import org.firmas.signature.control.SignatureInserts;
import org.firmas.signature.entity.SignatureConfirmed;
import org.firmas.signature.entity.SignaturesChanged;

/**
 * Signatures the abuse checks held as suspect, as an organizer reviews them. Released, one goes
 * back to where its signer left it: confirmed if the confirmation link was used, else pending, and
 * one that was held without mail is sent its confirmation mail now; one released confirmed is heard
 * of as just confirmed (it counts, webhooks post it). Invalidated, it is hidden for good. Changes run
 * in the caller's transaction, so the caller's log of who did it commits with them.
 */
@ApplicationScoped
public class SuspectReview {

    private static final String RELEASED = "status = CASE WHEN confirmed_at IS NULL THEN " + PENDING.literal()
            + " ELSE " + CONFIRMED.literal() + " END";

    /** A suspect signature as the organizer sees it. */
    public record Suspect(long id, String firstName, String lastName, String email, String zip, String reason,
                          boolean confirmed, String addressTag, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Event<SignatureConfirmed> confirmed;

    @Inject
    FieldCipher cipher;

    @Inject
    SignatureInserts inserts;

    @Inject
    CampaignCatalog catalog;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Suspect> list(long campaignId, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, first_name, last_name, email, zip, suspect_reason, "
                        + "confirmed_at, ip_key, created_at FROM signature WHERE campaign_id = ? AND status = " + SUSPECT.literal() + " "
                        + "ORDER BY created_at DESC, id DESC")
                .setParameter(1, campaignId).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Suspect(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                cipher.decrypt((String) row[3]), (String) row[4], (String) row[5], row[6] != null, AddressTag.of((String) row[7]),
                SignatureModeration.instant(row[8]))).toList();
    }

    @Transactional
    public long count(long campaignId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND status = " + SUSPECT.literal())
                .setParameter(1, campaignId).getSingleResult()).longValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int release(long campaignId, long signatureId) {
        return released(campaignId, " AND id = ?", signatureId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseAll(long campaignId) {
        return released(campaignId, "");
    }

    /**
     * Locks the suspects never mailed, and those already confirmed, before changing them: a release
     * running at the same time waits, then finds them released, and mails none of them or hears of
     * none of them a second time. A signer whose data retention erased has no address left to mail.
     */
    private int released(long campaignId, String which, Object... values) {
        List<Long> unmailed = lockedSuspects(campaignId, " AND mail_count = 0 AND erased_at IS NULL" + which, values);
        List<Long> confirmedBefore = lockedSuspects(campaignId, " AND confirmed_at IS NOT NULL" + which, values);
        int rows = bound(em.createNativeQuery("UPDATE signature SET " + RELEASED + " WHERE campaign_id = ? AND status = " + SUSPECT.literal()
                + which), campaignId, values).executeUpdate();
        if (!unmailed.isEmpty()) {
            inserts.mailReleased(catalog.findById(campaignId).orElseThrow(), unmailed);
        }
        changed(campaignId, rows);
        confirmedBefore.forEach(id -> confirmed.fire(new SignatureConfirmed(campaignId, id)));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Long> lockedSuspects(long campaignId, String which, Object... values) {
        return ((List<Number>) bound(em.createNativeQuery("SELECT id FROM signature WHERE campaign_id = ? AND status = " + SUSPECT.literal()
                + which + " FOR UPDATE"), campaignId, values).getResultList()).stream().map(Number::longValue).toList();
    }

    private static Query bound(Query query, long campaignId, Object... values) {
        query.setParameter(1, campaignId);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 2, values[i]);
        }
        return query;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int hideAll(long campaignId) {
        return changed(campaignId, em.createNativeQuery("UPDATE signature SET status = " + HIDDEN.literal() + " "
                        + "WHERE campaign_id = ? AND status = " + SUSPECT.literal())
                .setParameter(1, campaignId).executeUpdate());
    }

    private int changed(long campaignId, int rows) {
        changed.fire(new SignaturesChanged(campaignId));
        return rows;
    }
}
