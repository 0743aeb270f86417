/**
 * Webhooks: endpoints organizers add to a campaign, and the signed deliveries of its events
 * (signature confirmed, milestone reached, campaign closed or won, update sent) to them, queued
 * with their cause and sent like the outbox.
 *
 * <p>Owns the tables {@code webhook_endpoint} and {@code webhook_delivery}.
 */
package org.firmas.webhook;
