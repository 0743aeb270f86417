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
import org.firmas.mydata.entity.MyDataAction;
import org.firmas.signature.boundary.SupporterRecords;
import org.firmas.signature.entity.HeldSignature;

/**
 * A supporter asks for their "my data" link. The page answers the same whatever happens here, so
 * it tells nobody whether an address signed anything: the same lookups and the same charge
 * against the mail limits are made for every address, and only the link and its mail are left out
 * for one that signed nothing (or that the limits, the trap or a forged puzzle stop).
 */
@ApplicationScoped
public class MyDataRequests {

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
        Instant now = clock.instant();
        String emailKey = records.addressKey(request.email());
        List<HeldSignature> held = records.heldFor(emailKey);
        boolean allowed = records.mayMail(request.clientAddress(), request.email(), request.honeypot(), request.proof());
        boolean notFlooded = links.recentlyIssued(emailKey, now) < MyDataLinks.PER_ADDRESS;
        // The newest address as the supporter typed it when signing: that is where their mail went before.
        Optional<HeldSignature> newest = held.stream().filter(signature -> signature.email() != null && !signature.email().isEmpty())
                .reduce((older, newer) -> newer);
        if (!allowed || !notFlooded || newest.isEmpty()) {
            return;
        }
        MyDataLinks.Issued link = links.issue(request.email(), emailKey, now);
        mails.queue(new MyDataLinkMail(newest.get().id(), link.hash().substring(0, 32), newest.get().email(),
                request.language(), link.token(), MyDataLinks.LIFETIME.toMinutes()));
        audit.record(MyDataAction.LINK_SENT, held.stream().map(HeldSignature::id).toList(), now);
    }
}
