package org.firmas.delivery.entity;

/** PENDING until the SMTP server accepts the message; DEAD when it refused it for good. */
public enum OutboxStatus {
    PENDING, SENT, DEAD
}
