package org.firmas.delivery.entity;

/**
 * PENDING until the SMTP server accepts the message; DEAD when it refused it for good. An
 * official's mail is SENDING while the server has it, and IN_DOUBT (maybe delivered) when the
 * server's answer was lost: it goes again only when an organizer asks.
 */
public enum OutboxStatus {
    PENDING, SENDING, SENT, IN_DOUBT, DEAD
}
