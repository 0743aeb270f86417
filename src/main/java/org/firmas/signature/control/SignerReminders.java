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
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.RepeatMail;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SupporterMailRequested;
import org.firmas.signature.entity.TokenPurpose;

/**
 * Mails an address that signs again a reminder with its links instead of a second signature,
 * within a limit and a cooldown per address, so the sign form cannot be used to flood an inbox.
 */
@ApplicationScoped
public class SignerReminders {

    /** At most this many mails per address per campaign, whatever is submitted. */
    static final int MAIL_LIMIT = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    SignerTokens tokens;

    @Inject
    Event<SupporterMailRequested> mails;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.confirmation.mail-cooldown-seconds")
    long cooldownSeconds;

    /**
     * Reminds an address that already signed: a fresh confirmation link while unconfirmed, and a
     * withdrawal link. Within the mail limit and cooldown only, so the form cannot flood an inbox,
     * and never to a signature held as suspect, which waits for an organizer before any mail.
     * Its own transaction, as the signing path that asks has none.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remind(Campaign campaign, String emailKey, String language) {
        remind(campaign, emailKey, language, signature -> signature.getStatus() != SignatureStatus.SUSPECT);
    }

    /**
     * Reminds an address whose repeat signature passed the screen and was charged against the
     * mail limits, even when its first signature is held: otherwise whoever first sent the address
     * with the trap filled would keep its owner from ever being mailed. A held signature the owner
     * confirms stays held until an organizer releases it. Its own transaction, as the signing path has none.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RepeatMail remindCleanRepeat(Campaign campaign, String emailKey, String language) {
        return remind(campaign, emailKey, language, signature -> true);
    }

    private RepeatMail remind(Campaign campaign, String emailKey, String language, Predicate<Signature> mailable) {
        Instant now = clock.instant();
        Duration cooldown = Duration.ofSeconds(cooldownSeconds);
        Optional<Signature> found = em.createNamedQuery(Signature.BY_EMAIL, Signature.class)
                .setParameter("campaignId", campaign.id())
                .setParameter("emailKey", emailKey)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(mailable)
                .findFirst();
        if (found.isEmpty()) {
            return new RepeatMail.Sent();
        }
        Signature signature = found.get();
        if (!signature.mayBeMailed(MAIL_LIMIT, cooldown, now)) {
            return signature.getMailCount() >= MAIL_LIMIT ? new RepeatMail.NoMore()
                    : new RepeatMail.TooSoon(minutesUntil(signature.getLastMailAt().plus(cooldown), now));
        }
        signature.mailed(now);
        boolean pending = signature.awaitsConfirmation();
        mails.fire(new SupporterMailRequested(SupporterMailRequested.Kind.ALREADY_SIGNED, signature.getId(),
                signature.getMailCount(), signature.getEmail(), language, campaign,
                pending ? tokens.issue(signature.getId(), TokenPurpose.CONFIRM) : null,
                tokens.issue(signature.getId(), TokenPurpose.WITHDRAW)));
        return new RepeatMail.Sent();
    }

    /** Whole minutes, rounded up: "in 1 minute" rather than "in 0" for the last seconds. */
    private static int minutesUntil(Instant then, Instant now) {
        long seconds = Math.max(1, Duration.between(now, then).toSeconds());
        return (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60);
    }
}
