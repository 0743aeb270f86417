package org.firmas.webhook.entity;

import java.time.Instant;

/** A delivery as the console lists it: no body, nothing about the person it may concern. */
public record DeliveryRow(long id, Instant createdAt, WebhookEvent event, DeliveryStatus status, int attempts,
                          Integer lastHttpStatus, String lastError, Instant lastAttemptAt) {
}
