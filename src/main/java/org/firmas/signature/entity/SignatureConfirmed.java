package org.firmas.signature.entity;

/**
 * Fired when a signature has just become confirmed, so it now counts: a pending one by its link, or
 * one held as suspect, which its signer confirmed, as an organizer releases it. Fired in the
 * confirming transaction: the counts act after its commit, webhooks queue their deliveries in it.
 */
public record SignatureConfirmed(long campaignId, long signatureId) {
}
