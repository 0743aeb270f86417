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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.RepeatMail;
import org.firmas.signature.entity.Signature;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SupporterMailRequested;
import org.firmas.signature.entity.TokenPurpose;

/**
 * Writes signatures, each change in one transaction together with the mail it causes, so a
 * signature never exists without its confirmation mail queued, and the reverse. The exception is
 * a signature held as suspect: it is sent nothing until an organizer releases it, so a robot's
 * list of addresses never turns into mail from this site.
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
        return signed(campaignId, emailKey);
    }

    private boolean signed(long campaignId, String emailKey) {
        return em.createNamedQuery(Signature.EXISTS_FOR_EMAIL, Long.class)
                .setParameter("campaignId", campaignId)
                .setParameter("emailKey", emailKey)
                .getSingleResult() > 0;
    }

    /**
     * Inserts the signature and queues its confirmation mail, unless the address has signed
     * already: one transaction for the look-up and the insert. A concurrent twin that passes the
     * look-up at the same moment fails the unique index.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> insertIfNew(NewSignature signature) {
        if (signed(signature.campaign().id(), signature.keys().address())) {
            return Optional.empty();
        }
        return Optional.of(write(List.of(signature)).get(0));
    }

    /**
     * Inserts a group of signatures in one transaction, one look-up for all of them and the rows
     * sent in JDBC batches; an address already signed, or twice in the group, gets no row. The
     * answers are in the group's order. Any failure rolls back the whole group.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Optional<Long>> insertAllNew(List<NewSignature> group) {
        Set<String> taken = AlreadySigned.among(em, group);
        boolean[] fresh = new boolean[group.size()];
        List<NewSignature> toWrite = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            fresh[i] = taken.add(group.get(i).uniqueKey());
            if (fresh[i]) {
                toWrite.add(group.get(i));
            }
        }
        Iterator<Long> ids = write(toWrite).iterator();
        List<Optional<Long>> answers = new ArrayList<>(group.size());
        for (boolean isNew : fresh) {
            answers.add(isNew ? Optional.of(ids.next()) : Optional.empty());
        }
        return answers;
    }

    /**
     * The rows first, then their tokens and confirmation mails: those refer to the rows, and
     * nothing else tells the persistence provider in which order to insert them.
     */
    private List<Long> write(List<NewSignature> drafts) {
        Instant now = clock.instant();
        List<Signature> rows = new ArrayList<>(drafts.size());
        for (NewSignature draft : drafts) {
            Signature signature = draft.row(now);
            if (!draft.origin().isSuspect()) {
                signature.mailed(now);
            }
            em.persist(signature);
            rows.add(signature);
        }
        em.flush();
        for (int i = 0; i < rows.size(); i++) {
            Signature signature = rows.get(i);
            Campaign campaign = drafts.get(i).campaign();
            if (!drafts.get(i).origin().isSuspect()) {
                askToConfirm(signature, campaign);
            }
            changed.fire(new SignaturesChanged(campaign.id()));
        }
        return rows.stream().map(Signature::getId).toList();
    }

    /**
     * Sends signatures an organizer released the confirmation mail they were held without. Runs in
     * the release's transaction, which has locked these rows, so a second release finds nothing to send.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mailReleased(Campaign campaign, List<Long> signatureIds) {
        Instant now = clock.instant();
        for (Long id : signatureIds) {
            Signature signature = em.find(Signature.class, id);
            signature.mailed(now);
            askToConfirm(signature, campaign);
        }
    }

    private void askToConfirm(Signature signature, Campaign campaign) {
        mails.fire(new SupporterMailRequested(SupporterMailRequested.Kind.CONFIRM, signature.getId(),
                signature.getMailCount(), signature.getEmail(), signature.getLanguage(), campaign,
                tokens.issue(signature.getId(), TokenPurpose.CONFIRM), tokens.issue(signature.getId(), TokenPurpose.WITHDRAW)));
    }

    /**
     * Reminds an address that already signed: a fresh confirmation link while unconfirmed, and a
     * withdrawal link. Within the mail limit and cooldown only, so the form cannot flood an inbox,
     * and never to a signature held as suspect, which waits for an organizer before any mail.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remind(Campaign campaign, String emailKey, String language) {
        remind(campaign, emailKey, language, signature -> signature.getStatus() != SignatureStatus.SUSPECT);
    }

    /**
     * Reminds an address whose repeat signature passed the screen and was charged against the
     * mail limits, even when its first signature is held: otherwise whoever first sent the address
     * with the trap filled would keep its owner from ever being mailed. A held signature the owner
     * confirms stays held until an organizer releases it.
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

    /** Fired when counts may have changed; observers act after commit. */
    public record SignaturesChanged(long campaignId) {
    }
}
