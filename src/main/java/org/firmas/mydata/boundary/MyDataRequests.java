package org.firmas.mydata.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firmas.delivery.boundary.MyDataMails;
import org.firmas.delivery.entity.MyDataLinkMail;
import org.firmas.mydata.control.MyDataAudit;
import org.firmas.mydata.control.MyDataLinks;
import org.firmas.mydata.control.MyDataRequestQueue;
import org.firmas.mydata.entity.MyDataAction;
import org.firmas.mydata.entity.PendingRequest;
import org.firmas.signature.boundary.SupporterRecords;
import org.firmas.signature.entity.HeldSignature;

/**
 * A supporter asks for their "my data" link. The page only stores the request, the same work for
 * every address, and answers at once, so neither its answer nor its time says whether an address
 * signed anything. A round ({@link MyDataRequestRounds}) handles the request a moment later:
 * screens it as the sign form is screened, and sends the link when the address signed something.
 */
@ApplicationScoped
public class MyDataRequests {

    @Inject
    MyDataRequestQueue queue;

    @Inject
    SupporterRecords records;

    @Inject
    MyDataLinks links;

    @Inject
    MyDataMails mails;

    @Inject
    MyDataAudit audit;

    @Inject
    Clock clock;

    /** What the form carried: the address, the page's language, and the sign form's own protections. */
    public record LinkRequest(String email, String language, String clientAddress, String honeypot, String proof) {
    }

    @Transactional
    public void request(LinkRequest request) {
        queue.add(request.email(), request.language(), records.clientKey(request.clientAddress()),
                request.honeypot() != null && !request.honeypot().isBlank(), request.proof(), clock.instant());
    }

    /** The oldest request waiting, its attempt counted in a transaction of its own; empty when none waits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> nextAttempt() {
        return queue.countAttemptOnOldest();
    }

    /**
     * Handles the request unless another node holds or has handled it, in one transaction with its
     * link, mail and audit, and deletes it. A request stopped by the limits, the trap, a forged
     * puzzle or the three links an hour, or from an address that signed nothing, goes without a trace.
     */
    @Transactional
    public void handle(long requestId) {
        Optional<PendingRequest> claimed = queue.claim(requestId);
        if (claimed.isEmpty()) {
            return;
        }
        PendingRequest request = claimed.get();
        queue.remove(request.id());
        Instant now = clock.instant();
        boolean allowed = records.mayMail(request.clientKey(), request.email(), request.trapFilled(), request.proof());
        String emailKey = records.addressKey(request.email());
        List<HeldSignature> held = records.heldFor(emailKey);
        // The newest address as the supporter typed it when signing: that is where their mail went before.
        Optional<HeldSignature> newest = held.stream().filter(signature -> signature.email() != null && !signature.email().isEmpty())
                .reduce((older, newer) -> newer);
        if (!allowed || newest.isEmpty() || links.recentlyIssued(emailKey, now) >= MyDataLinks.PER_ADDRESS) {
            return;
        }
        MyDataLinks.Issued link = links.issue(request.email(), emailKey, now);
        mails.queue(new MyDataLinkMail(newest.get().id(), link.hash().substring(0, 32), newest.get().email(),
                request.language(), link.token(), MyDataLinks.LIFETIME.toMinutes()));
        audit.record(MyDataAction.LINK_SENT, held.stream().map(HeldSignature::id).toList(), now);
    }

    /** Deletes links an hour past their expiry, requests no round could handle within a link's lifetime, and those given up. */
    @Transactional
    public void purge() {
        Instant now = clock.instant();
        links.purgeExpired(now);
        queue.dropOlderThan(now.minus(MyDataLinks.LIFETIME));
    }
}
