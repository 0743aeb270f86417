package org.firmas.signature.entity;

/** Whom a working unsubscribe link stands for: a signature of a campaign, and its address key. */
public record UnsubscribeLink(long signatureId, long campaignId, String emailKey) {
}
