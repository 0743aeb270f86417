package org.firmas.signature.entity;

import org.firmas.campaign.entity.Campaign;

/**
 * A supporter must be written to, as part of the transaction that decided it. Delivery observes
 * this and queues the mail in that same transaction. Tokens are the raw link values; they exist
 * only in this event and the mail.
 */
public record SupporterMailRequested(Kind kind, long signatureId, int sequence, String email, String language,
                                     Campaign campaign, String confirmToken, String withdrawToken) {

    public enum Kind {
        /** First mail after signing: confirm, or withdraw. */
        CONFIRM,
        /** The address signed before: no second signature, a reminder instead. */
        ALREADY_SIGNED
    }

    /** True when the signature still waits for confirmation and the mail carries a confirm link. */
    public boolean asksForConfirmation() {
        return confirmToken != null;
    }
}
