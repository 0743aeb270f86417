package org.firmas.signature.control;

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
import org.firmas.signature.control.SignatureStore.SignaturesChanged;
import org.firmas.signature.entity.LinkResult;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignerToken;
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
    Clock clock;

    /** Only checks the link, changing nothing: what the GET of a confirmation page may do. */
    public LinkResult check(String token) {
        return resolve(token, clock.instant()).map(found -> (LinkResult) new LinkResult.Done(found.getCampaignId()))
                .orElseGet(() -> expiredOrUnknown(token));
    }

    @Transactional
    public LinkResult confirm(String token) {
        Instant now = clock.instant();
        Optional<Signature> signature = resolve(token, now);
        if (signature.isEmpty()) {
            return expiredOrUnknown(token);
        }
        // A suspect signature keeps its state but remembers the confirmation, so a release can count it.
        int updated = em.createNativeQuery("UPDATE signature SET status = CASE WHEN status = 'PENDING' THEN 'CONFIRMED' "
                        + "ELSE status END, confirmed_at = ? WHERE id = ? AND (status = 'PENDING' OR "
                        + "(status = 'SUSPECT' AND confirmed_at IS NULL))")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, signature.get().getId())
                .executeUpdate();
        if (updated == 1) {
            changed.fire(new SignaturesChanged(signature.get().getCampaignId()));
        }
        return new LinkResult.Done(signature.get().getCampaignId());
    }

    private Optional<Signature> resolve(String token, Instant now) {
        return tokens.find(token, TokenPurpose.CONFIRM)
                .filter(found -> !found.isExpired(now))
                .map(found -> em.find(Signature.class, found.getSignatureId()));
    }

    private LinkResult expiredOrUnknown(String token) {
        Optional<SignerToken> found = tokens.find(token, TokenPurpose.CONFIRM);
        if (found.isEmpty()) {
            return new LinkResult.Unknown();
        }
        Signature signature = em.find(Signature.class, found.get().getSignatureId());
        return signature == null ? new LinkResult.Unknown() : new LinkResult.Expired(signature.getCampaignId());
    }
}
