/**
 * Supporter updates: news of a campaign that organizers write (or that a milestone, an
 * official's response or a victory prepares for them), mailed to the confirmed signers who asked
 * for it, each in their language, with a one-click unsubscribe.
 *
 * <p>Owns the tables {@code supporter_update}, {@code supporter_update_text} and {@code update_unsubscription}.
 */
package org.firmas.update;
