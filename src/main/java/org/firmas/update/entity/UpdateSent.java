package org.firmas.update.entity;

import java.time.Instant;

/** Fired in the transaction that queues an update's last mails, once per update. */
public record UpdateSent(long campaignId, long updateId, Instant sentAt) {
}
