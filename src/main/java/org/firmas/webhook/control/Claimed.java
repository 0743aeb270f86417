package org.firmas.webhook.control;

import java.time.Instant;
import org.firmas.webhook.entity.WebhookEvent;

/** A delivery a sender holds until {@code lease}, opened and ready to post: its attempt is already counted. */
record Claimed(long id, long endpointId, String key, WebhookEvent event, String body, String url, String secret, int attempts, Instant lease) {
}
