package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firmas.platform.IpRange;
import org.firmas.platform.KeyedHash;
import org.firmas.signature.entity.AddressKeys;
import org.firmas.signature.entity.SharedMailProviders;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SuspectReason;

/**
 * Decides, before a signature is stored, whether it is held as suspect: a filled honeypot, a bad
 * proof of work, or a rate limit exceeded, the limits on confirmation mails included. Nothing here
 * refuses anyone; the signer sees the same page either way, so a robot learns nothing from the
 * answer. A held signature is sent no mail until an organizer releases it.
 * <p>
 * A missing proof of work (no JavaScript, or a page left open past the puzzle's expiry) is not a
 * reason by itself: such signatures count, but draw on a smaller per-campaign allowance of their own.
 */
@ApplicationScoped
public class SigningScreen {

    static final String ADDRESS_PURPOSE = "ip";

    @Inject
    KeyedHash keyedHash;

    @Inject
    ProofOfWork proofOfWork;

    @Inject
    SigningLimits limits;

    /** What the form carried besides the signer's details, and from where it came. */
    public record Submission(String clientAddress, String email, String honeypot, String proof) {
    }

    /** The keys are those of the signer's address, which the recorder has computed for the row anyway. */
    public SigningOrigin screen(long campaignId, Submission submission, AddressKeys keys) {
        String addressKey = addressKey(submission.clientAddress());
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            return new SigningOrigin(addressKey, SuspectReason.HONEYPOT);
        }
        ProofOfWork.Verdict proof = proofOfWork.check(submission.proof());
        if (proof == ProofOfWork.Verdict.INVALID) {
            return new SigningOrigin(addressKey, SuspectReason.BAD_PROOF);
        }
        return new SigningOrigin(addressKey, limits.exceeded(campaignId, addressKey, keys.domain(),
                SharedMailProviders.includes(submission.email()), proof == ProofOfWork.Verdict.VALID).orElse(null));
    }

    /**
     * Screens a caller that answers for what it sends, an API key: no honeypot or puzzle to judge,
     * but the same limits, counted for the key as for a client address and as proven.
     */
    public SigningOrigin screenAccountable(long campaignId, String callerName, String email, AddressKeys keys) {
        String callerKey = keyedHash.of(ADDRESS_PURPOSE, callerName);
        return new SigningOrigin(callerKey, limits.exceeded(campaignId, callerKey, keys.domain(),
                SharedMailProviders.includes(email), true).orElse(null));
    }

    /**
     * A request for a mail that is not a signature (a supporter's "my data" link), kept a moment
     * before it is screened: the client by its keyed hash, whether the trap was filled, the puzzle.
     */
    public record MailAsked(String clientKey, String email, boolean trapFilled, String proof) {
    }

    /**
     * Screens a request for a mail that is not a signature as the sign form is screened: a filled
     * trap or a forged puzzle sends nothing, a missing puzzle (no JavaScript) is allowed. The mail
     * counts against the confirmation mails' limits before anything is judged, so a request the
     * trap or the puzzle stops costs what any other does and looks like one the limits stopped.
     */
    public boolean mayMail(MailAsked asked, String emailDomainKey) {
        boolean withinLimits = limits.mayMail(asked.clientKey(), emailDomainKey, SharedMailProviders.includes(asked.email()));
        boolean forged = proofOfWork.check(asked.proof()) == ProofOfWork.Verdict.INVALID;
        return withinLimits && !asked.trapFilled() && !forged;
    }

    /** The keyed hash that stands for a client address wherever one is kept; an IPv6 client by its /64. */
    public String addressKey(String clientAddress) {
        return keyedHash.of(ADDRESS_PURPOSE, IpRange.client(clientAddress));
    }
}
