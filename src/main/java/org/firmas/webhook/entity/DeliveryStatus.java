package org.firmas.webhook.entity;

/** Where a webhook delivery stands; in SQL as {@link #literal()}. */
public enum DeliveryStatus {
    PENDING, SENT, DEAD;

    public String literal() {
        return "'" + name() + "'";
    }
}
