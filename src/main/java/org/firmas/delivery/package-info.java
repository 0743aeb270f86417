/**
 * Delivery: batches of new signatures for each official, and the outbox through which every
 * mail leaves, exactly once, whatever happens to the SMTP server or to a node. The organization's
 * contact its mails name is also the one the accessibility statement gives for reporting a barrier.
 *
 * <p>Owns the tables {@code delivery_batch}, {@code outbox_message} and {@code outbox_key_mark}.
 */
package org.firmas.delivery;
