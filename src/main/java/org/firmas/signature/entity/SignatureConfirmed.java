package org.firmas.signature.entity;

/**
 * Fired when a pending signature has just become confirmed, so it now counts. Fired in the
 * confirming transaction: the counts act after its commit, webhooks queue their deliveries in it.
 */
public record SignatureConfirmed(long campaignId, long signatureId) {
}
