/**
 * Webhooks: endpoints organizers add to a campaign, and the signed deliveries of its events
 * (signature confirmed, milestone reached, campaign closed or won, update sent) to them, queued
 * with their cause and sent like the outbox.
 *
 * <p>Owns the tables {@code webhook_endpoint}, {@code webhook_delivery} and {@code webhook_key_mark}.
 */
package org.firmas.webhook;
