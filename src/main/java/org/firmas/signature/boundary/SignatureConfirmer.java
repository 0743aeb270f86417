package org.firmas.signature.boundary;

import static org.firmas.signature.entity.SignatureStatus.CONFIRMED;
import static org.firmas.signature.entity.SignatureStatus.PENDING;
import static org.firmas.signature.entity.SignatureStatus.SUSPECT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.signature.entity.SignaturesChanged;
import org.firmas.signature.control.SignerTokens;
import org.firmas.signature.control.SignerTokens.LinkTarget;
import org.firmas.signature.entity.LinkResult;
import org.firmas.signature.entity.SignatureConfirmed;
import org.firmas.signature.entity.TokenPurpose;

/**
 * Confirms a signature from its mail link. The state change is one conditional UPDATE, so two
 * confirmations racing each other count once.
 */
@ApplicationScoped
public class SignatureConfirmer {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignerTokens tokens;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Event<SignatureConfirmed> confirmed;

    @Inject
    Clock clock;

    @Inject
    CampaignCatalog catalog;

    /** Only checks the link, changing nothing: what the GET of a confirmation page may do. */
    public LinkResult check(String token) {
        return tokens.target(token, TokenPurpose.CONFIRM, clock.instant()).map(SignatureConfirmer::outcome)
                .orElseGet(LinkResult.Unknown::new);
    }

    /**
     * Confirms the link's signature. An expired link confirms nothing; nor does a link into a
     * campaign no longer in the catalog (archived, or its file removed), which is answered as unknown.
     */
    @Transactional
    public LinkResult confirm(String token) {
        Instant now = clock.instant();
        Optional<LinkTarget> target = tokens.target(token, TokenPurpose.CONFIRM, now)
                .filter(found -> catalog.findById(found.campaignId()).isPresent());
        if (target.isEmpty() || target.get().expired()) {
            return target.map(SignatureConfirmer::outcome).orElseGet(LinkResult.Unknown::new);
        }
        long campaignId = target.get().campaignId();
        if (update("UPDATE signature SET status = " + CONFIRMED.literal() + ", confirmed_at = ? WHERE id = ? AND status = "
                + PENDING.literal(),
                now, target.get().signatureId())) {
            changed.fire(new SignaturesChanged(campaignId));
            confirmed.fire(new SignatureConfirmed(campaignId, target.get().signatureId()));
        } else if (update("UPDATE signature SET confirmed_at = ? WHERE id = ? AND status = " + SUSPECT.literal() + " AND confirmed_at IS NULL",
                now, target.get().signatureId())) {
            // A suspect signature keeps its state but remembers the confirmation, so a release can count it.
            changed.fire(new SignaturesChanged(campaignId));
        }
        return new LinkResult.Done(campaignId);
    }

    /** One conditional UPDATE of the signature; true when it changed the row. */
    private boolean update(String sql, Instant now, long signatureId) {
        return em.createNativeQuery(sql)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, signatureId)
                .executeUpdate() == 1;
    }

    private static LinkResult outcome(LinkTarget target) {
        return target.expired() ? new LinkResult.Expired(target.campaignId()) : new LinkResult.Done(target.campaignId());
    }
}
