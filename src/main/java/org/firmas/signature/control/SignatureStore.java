package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SupporterMailRequested;
import org.firmas.signature.entity.TokenPurpose;

/**
 * Writes signatures, each change in one transaction together with the mail it causes, so a
 * signature never exists without its confirmation mail queued, and the reverse.
 */
@ApplicationScoped
public class SignatureStore {

    /** At most this many mails per address per campaign, whatever is submitted. */
    static final int MAIL_LIMIT = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignerTokens tokens;

    @Inject
    Event<SupporterMailRequested> mails;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.confirmation.mail-cooldown-seconds")
    long cooldownSeconds;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(long campaignId, String emailKey) {
        return em.createNamedQuery(Signature.EXISTS_FOR_EMAIL, Long.class)
                .setParameter("campaignId", campaignId)
                .setParameter("emailKey", emailKey)
                .getSingleResult() > 0;
    }

    /** Inserts the signature and queues its confirmation mail; a concurrent twin fails the unique index. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(Signature signature, Campaign campaign) {
        signature.mailed(clock.instant());
        em.persist(signature);
        em.flush();
        mails.fire(new SupporterMailRequested(SupporterMailRequested.Kind.CONFIRM, signature.getId(),
                signature.getMailCount(), signature.getEmail(), signature.getLanguage(), campaign,
                tokens.issue(signature.getId(), TokenPurpose.CONFIRM), tokens.issue(signature.getId(), TokenPurpose.WITHDRAW)));
        changed.fire(new SignaturesChanged(campaign.id()));
        return signature.getId();
    }

    /**
     * Reminds an address that already signed: a fresh confirmation link while unconfirmed, and a
     * withdrawal link. Within the mail limit and cooldown only, so the form cannot flood an inbox.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remind(Campaign campaign, String emailKey, String language) {
        Instant now = clock.instant();
        em.createNamedQuery(Signature.BY_EMAIL, Signature.class)
                .setParameter("campaignId", campaign.id())
                .setParameter("emailKey", emailKey)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(signature -> signature.mayBeMailed(MAIL_LIMIT, Duration.ofSeconds(cooldownSeconds), now))
                .findFirst()
                .ifPresent(signature -> {
                    signature.mailed(now);
                    boolean pending = signature.awaitsConfirmation();
                    mails.fire(new SupporterMailRequested(SupporterMailRequested.Kind.ALREADY_SIGNED, signature.getId(),
                            signature.getMailCount(), signature.getEmail(), language, campaign,
                            pending ? tokens.issue(signature.getId(), TokenPurpose.CONFIRM) : null,
                            tokens.issue(signature.getId(), TokenPurpose.WITHDRAW)));
                });
    }

    /** Fired when counts may have changed; observers act after commit. */
    public record SignaturesChanged(long campaignId) {
    }
}
