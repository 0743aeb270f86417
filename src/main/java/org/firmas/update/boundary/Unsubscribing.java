package org.firmas.update.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.firmas.delivery.boundary.UpdateMails;
import org.firmas.signature.boundary.UpdateRecipients;
import org.firmas.signature.entity.UnsubscribeLink;
import org.firmas.update.control.Unsubscriptions;

/**
 * The unsubscribe link's work: the signer is remembered as wanting no more updates from the
 * campaign, and the campaign's updates still waiting for them in the outbox are dropped, in one
 * transaction. A link used twice changes nothing the second time.
 */
@ApplicationScoped
public class Unsubscribing {

    @Inject
    UpdateRecipients recipients;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    UpdateMails mails;

    @Inject
    Clock clock;

    /** Whether the link stands for a signer (who may have unsubscribed already). */
    public boolean isValid(String token) {
        return recipients.link(token).isPresent();
    }

    /** True when the link was valid; {@code updateId} is only the update it came with, for the console's counts. */
    @Transactional
    public boolean unsubscribe(String token, Long updateId) {
        Optional<UnsubscribeLink> link = recipients.link(token);
        if (link.isEmpty()) {
            return false;
        }
        unsubscriptions.record(link.get(), unsubscriptions.updateOf(link.get().campaignId(), updateId), clock.instant());
        mails.dropWaiting(link.get().signatureId());
        return true;
    }

    /** Stops a campaign's updates for a signer known otherwise (their "my data" link), as the unsubscribe link does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unsubscribe(UnsubscribeLink signer) {
        unsubscriptions.record(signer, null, clock.instant());
        mails.dropWaiting(signer.signatureId());
    }

    /** Which of a supporter's signatures had their campaigns' updates stopped. */
    public Set<Long> unsubscribedAmong(List<Long> signatureIds) {
        return unsubscriptions.stoppedAmong(signatureIds);
    }
}
