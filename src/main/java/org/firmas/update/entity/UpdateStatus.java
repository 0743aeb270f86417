package org.firmas.update.entity;

/**
 * Where an update stands: a DRAFT an organizer writes, or one AWAITING_APPROVAL that a milestone,
 * a response or a victory prepared; SENDING while its mails are queued chunk by chunk; SENT once
 * every recipient's mail is in the outbox (which then sends at its own pace).
 */
public enum UpdateStatus {
    DRAFT, AWAITING_APPROVAL, SENDING, SENT;

    public boolean editable() {
        return this == DRAFT || this == AWAITING_APPROVAL;
    }
}
