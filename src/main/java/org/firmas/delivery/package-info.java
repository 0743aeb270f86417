/**
 * Delivery: batches of new signatures for each official, and the outbox through which every
 * mail leaves, exactly once, whatever happens to the SMTP server or to a node.
 *
 * <p>Owns the tables {@code delivery_batch} and {@code outbox_message}.
 */
package org.firmas.delivery;
