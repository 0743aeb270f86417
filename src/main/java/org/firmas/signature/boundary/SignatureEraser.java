package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.firmas.signature.entity.SignaturesChanged;
import org.firmas.signature.control.SignerTokens;
import org.firmas.signature.entity.LinkResult;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignersErased;
import org.firmas.signature.entity.TokenPurpose;

/**
 * Withdraw and erase: the signature row goes (its tokens with it, by cascade), and {@link SignersErased}
 * tells delivery in the same transaction to drop every mail to this signer still held in the outbox.
 * Nothing about the person is left behind.
 */
@ApplicationScoped
public class SignatureEraser {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignerTokens tokens;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Event<SignersErased> erased;

    @Inject
    Clock clock;

    public boolean isValid(String token) {
        return signatureFor(token).isPresent();
    }

    @Transactional
    public LinkResult erase(String token) {
        Optional<Signature> signature = signatureFor(token);
        if (signature.isEmpty()) {
            return new LinkResult.Unknown();
        }
        return remove(signature.get());
    }

    /** Withdraws a signature of the given address (from the "my data" page); Unknown for any other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LinkResult withdraw(long signatureId, String emailKey) {
        Signature signature = em.find(Signature.class, signatureId);
        return signature == null || !signature.hasEmailKey(emailKey) ? new LinkResult.Unknown() : remove(signature);
    }

    private LinkResult remove(Signature signature) {
        long campaignId = signature.getCampaignId();
        erased.fire(new SignersErased(List.of(signature.getId())));
        em.remove(signature);
        changed.fire(new SignaturesChanged(campaignId));
        return new LinkResult.Done(campaignId);
    }

    private Optional<Signature> signatureFor(String token) {
        return tokens.find(token, TokenPurpose.WITHDRAW)
                .filter(found -> !found.isExpired(clock.instant()))
                .map(found -> em.find(Signature.class, found.getSignatureId()));
    }
}
