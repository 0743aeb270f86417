package org.firmas.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.firmas.delivery.boundary.UpdateMails;
import org.firmas.delivery.entity.UpdateMail;
import org.firmas.signature.boundary.UpdateRecipients;
import org.firmas.signature.entity.UpdateRecipient;
import org.firmas.update.entity.SupporterUpdate;
import org.firmas.update.entity.UpdateDraft;
import org.firmas.update.entity.UpdateSent;
import org.firmas.update.entity.UpdateStatus;

/**
 * Puts an update's mails in the outbox one chunk of recipients at a time, in signature order.
 * Each chunk commits with the update's mark of how far it got, so a crash loses at most the
 * chunk in hand, which is then queued again from the mark: nobody twice, nobody skipped. The
 * update's row is locked for the chunk, so two nodes never queue the same recipients.
 */
@ApplicationScoped
public class UpdateQueueing {

    /** Recipients per transaction: short transactions, a few hundred milliseconds each. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    UpdateRecipients recipients;

    @Inject
    UpdateMails mails;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    CampaignTitles titles;

    @Inject
    Event<UpdateSent> sent;

    @Inject
    Clock clock;

    /** Queues the next chunk; false once the update has no one left to queue (it is then sent). */
    // Each chunk commits alone, whatever the caller: that is what keeps a 100,000-recipient update out of one transaction.
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean queueNext(long updateId) {
        SupporterUpdate update = em.find(SupporterUpdate.class, updateId, LockModeType.PESSIMISTIC_WRITE);
        if (update == null || update.getStatus() != UpdateStatus.SENDING) {
            return false;
        }
        UpdateDraft draft = update.draft();
        List<UpdateRecipient> chunk = recipients.after(update.getCampaignId(), draft.places(), update.getQueuedThrough(), CHUNK);
        if (chunk.isEmpty()) {
            update.allQueued();
            sent.fire(new UpdateSent(update.getCampaignId(), updateId, clock.instant()));
            return false;
        }
        Set<String> unsubscribedKeys = unsubscriptions.addressKeys(update.getCampaignId());
        Set<Long> unsubscribedSignatures = unsubscriptions.signatures(update.getCampaignId());
        String site = mails.baseUrl();
        int queued = 0;
        for (UpdateRecipient recipient : chunk) {
            if (unsubscribedKeys.contains(recipient.emailKey()) || unsubscribedSignatures.contains(recipient.signatureId())) {
                continue;
            }
            String language = draft.mailLanguage(recipient.language());
            String unsubscribe = UnsubscribeAddress.of(site, recipients.unsubscribeToken(recipient.signatureId()), updateId);
            mails.queue(new UpdateMail(updateId, recipient.signatureId(), recipient.email(), language,
                    titles.of(update.getCampaignId(), language), draft.subject(language), draft.body(language), unsubscribe));
            queued++;
        }
        update.queued(chunk.get(chunk.size() - 1).signatureId(), queued);
        return true;
    }
}
